import { graphql } from "../../gql/gql";

// The list and the mutations select the same fragments, so a saved code lands in the cache whole
// and the list can show it without asking again (discount-codes.cache.ts).

export const DiscountCodesPageQuery = graphql(`
  query DiscountCodesPage($after: String, $filter: DiscountCodeFilterInput) {
    discountCodes(first: 20, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        ...DiscountCodeRow_DiscountCode
        ...DiscountCodeForm_DiscountCode
      }
    }
  }
`);

export const CreateDiscountCodeMutation = graphql(`
  mutation CreateDiscountCode($input: CreateDiscountCodeInput!) {
    createDiscountCode(input: $input) {
      discountCode {
        id
        code
        isActive
        ...DiscountCodeRow_DiscountCode
        ...DiscountCodeForm_DiscountCode
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UpdateDiscountCodeMutation = graphql(`
  mutation UpdateDiscountCode($input: UpdateDiscountCodeInput!) {
    updateDiscountCode(input: $input) {
      discountCode {
        id
        code
        isActive
        ...DiscountCodeRow_DiscountCode
        ...DiscountCodeForm_DiscountCode
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const DeleteDiscountCodeMutation = graphql(`
  mutation DeleteDiscountCode($input: DeleteDiscountCodeInput!) {
    deleteDiscountCode(input: $input) {
      deletedDiscountCodeId
      userErrors {
        code
        field
        message
      }
    }
  }
`);
