// The GraphQL documents the workloads send (and the baselines answer the same way).

export const CATALOG_PAGE = `query CatalogPage($first: Int!, $query: String) {
  courses(first: $first, query: $query) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id title slug averageRating reviewCount
      price { amountCents currency }
      instructor { id firstName lastName avatarUrl }
      modules { id title position lessons { id title position } }
    }
  }
}`;

export const BOOK_SEAT = `mutation BookSeat($id: ID!) {
  bookScheduleSeat(input: { scheduleId: $id }) { booking { id reference } userErrors { code } }
}`;

export const BOOK_SLOT = `mutation BookSlot($id: ID!) {
  bookSlot(input: { slotId: $id }) { booking { id reference } userErrors { code } }
}`;

export const ADD_WISHLIST = `mutation Wish($id: ID!) {
  addCourseToWishlist(input: { courseId: $id }) { userErrors { code } }
}`;

export const SEATS_CHANGED = `subscription Seats($id: ID!) {
  scheduleSeatsChanged(scheduleId: $id) { id seatsLeft status }
}`;
