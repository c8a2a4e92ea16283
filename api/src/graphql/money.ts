import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "An amount of money in the smallest unit of its currency." })
export class Money {
  @Field(() => Int, { description: "Amount in cents (minor units)." })
  amountCents!: number;

  @Field(() => String, { description: "ISO 4217 currency code, e.g. EUR." })
  currency!: string;

  @Field(() => String, { description: "The amount formatted for display, e.g. €49.00." })
  get formatted(): string {
    return formatMoney(this.amountCents, this.currency);
  }
}

export function money(amountCents: number, currency: string): Money {
  const m = new Money();
  m.amountCents = amountCents;
  m.currency = currency.toUpperCase();
  return m;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amountCents: number, currency: string, locale = "en"): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountCents / 10 ** digits);
}
