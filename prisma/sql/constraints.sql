-- Constraints Prisma's schema language cannot express. Appended to the initial migration.
-- Prisma's migrate diff ignores CHECK and EXCLUDE constraints, so they survive later diffs.
-- Naming: <table>_<rule>_check for CHECKs, <table>_<rule> for exclusion constraints.
-- Each constraint has a test proving it (DESIGN.md, "Constraints Prisma cannot express").

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- ---------------------------------------------------------------------------
-- identity
-- ---------------------------------------------------------------------------

-- Emails are stored lowercase so the plain unique index is case-insensitive.
ALTER TABLE "users" ADD CONSTRAINT "users_email_lowercase_check" CHECK ("email" = lower("email"));

ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_hourly_rate_non_negative_check"
  CHECK ("hourly_rate_cents" IS NULL OR "hourly_rate_cents" >= 0);
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_rating_range_check"
  CHECK ("rating" IS NULL OR "rating" BETWEEN 0 AND 5);

-- ---------------------------------------------------------------------------
-- catalog
-- ---------------------------------------------------------------------------

ALTER TABLE "courses" ADD CONSTRAINT "courses_price_non_negative_check" CHECK ("price_cents" >= 0);
ALTER TABLE "courses" ADD CONSTRAINT "courses_max_capacity_positive_check"
  CHECK ("max_capacity" IS NULL OR "max_capacity" > 0);
ALTER TABLE "courses" ADD CONSTRAINT "courses_average_rating_range_check"
  CHECK ("average_rating" BETWEEN 0 AND 5);
ALTER TABLE "courses" ADD CONSTRAINT "courses_completion_rate_range_check"
  CHECK ("completion_rate" BETWEEN 0 AND 1);
ALTER TABLE "courses" ADD CONSTRAINT "courses_counters_non_negative_check"
  CHECK ("lesson_count" >= 0 AND "student_count" >= 0 AND "review_count" >= 0 AND "total_duration_minutes" >= 0);
ALTER TABLE "courses" ADD CONSTRAINT "courses_certification_validity_positive_check"
  CHECK ("certification_validity_years" IS NULL OR "certification_validity_years" > 0);

ALTER TABLE "resources" ADD CONSTRAINT "resources_rating_range_check" CHECK ("rating" BETWEEN 0 AND 5);

ALTER TABLE "course_reviews" ADD CONSTRAINT "course_reviews_rating_range_check" CHECK ("rating" BETWEEN 1 AND 5);

-- ---------------------------------------------------------------------------
-- learning
-- ---------------------------------------------------------------------------

ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_progress_percentage_range_check"
  CHECK ("progress_percentage" BETWEEN 0 AND 100);
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_payment_amount_non_negative_check"
  CHECK ("payment_amount_cents" IS NULL OR "payment_amount_cents" >= 0);

ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_passing_score_range_check" CHECK ("passing_score" BETWEEN 0 AND 100);

ALTER TABLE "certificates" ADD CONSTRAINT "certificates_expiry_after_issue_check"
  CHECK ("expires_at" IS NULL OR "expires_at" > "issued_at");

-- ---------------------------------------------------------------------------
-- live
-- ---------------------------------------------------------------------------

ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_time_range_check" CHECK ("ends_at" > "starts_at");
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_max_participants_positive_check"
  CHECK ("max_participants" > 0);

-- ---------------------------------------------------------------------------
-- tutoring
-- ---------------------------------------------------------------------------

ALTER TABLE "tutoring_sessions" ADD CONSTRAINT "tutoring_sessions_price_non_negative_check" CHECK ("price_cents" >= 0);
ALTER TABLE "tutoring_sessions" ADD CONSTRAINT "tutoring_sessions_duration_positive_check"
  CHECK ("duration_minutes" > 0);
ALTER TABLE "tutoring_sessions" ADD CONSTRAINT "tutoring_sessions_max_participants_positive_check"
  CHECK ("max_participants" > 0);

-- Local times are minutes after local midnight, a window lies within one day.
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_day_of_week_range_check"
  CHECK ("day_of_week" BETWEEN 0 AND 6);
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_time_range_check"
  CHECK ("start_minutes" >= 0 AND "end_minutes" <= 1440 AND "end_minutes" > "start_minutes");

ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_time_range_check" CHECK ("ends_at" > "starts_at");
ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_capacity_positive_check" CHECK ("capacity" > 0);
ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_booked_count_range_check"
  CHECK ("booked_count" BETWEEN 0 AND "capacity");

-- An expert never holds two overlapping slots that both have bookings (slots of different
-- sessions may overlap while open, the second booking of an overlapping slot fails here).
ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_no_double_booking_per_expert"
  EXCLUDE USING gist ("expert_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("booked_count" > 0 AND "status" <> 'CANCELLED');

-- ---------------------------------------------------------------------------
-- training
-- ---------------------------------------------------------------------------

ALTER TABLE "venues" ADD CONSTRAINT "venues_capacity_positive_check" CHECK ("capacity" > 0);

ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_time_range_check" CHECK ("ends_at" > "starts_at");
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_capacity_positive_check" CHECK ("capacity" > 0);
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_booked_count_range_check"
  CHECK ("booked_count" BETWEEN 0 AND "capacity");
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_price_non_negative_check"
  CHECK ("price_cents" IS NULL OR "price_cents" >= 0);
-- A price override carries its currency.
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_price_currency_together_check"
  CHECK (num_nonnulls("price_cents", "currency") IN (0, 2));

-- No two non-cancelled schedules overlap in time at the same venue.
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_no_overlap_per_venue"
  EXCLUDE USING gist ("venue_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&)
  WHERE ("status" <> 'CANCELLED');

-- ---------------------------------------------------------------------------
-- booking
-- ---------------------------------------------------------------------------

-- A booking is for exactly one tutoring slot or one schedule seat.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_exactly_one_target_check"
  CHECK (num_nonnulls("slot_id", "schedule_id") = 1);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_time_range_check" CHECK ("ends_at" > "starts_at");
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_amounts_non_negative_check"
  CHECK ("price_cents" >= 0 AND "discount_cents" >= 0 AND "payment_amount_cents" >= 0
     AND "amount_authorized_cents" >= 0 AND "amount_captured_cents" >= 0 AND "amount_refunded_cents" >= 0);
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_discount_within_price_check" CHECK ("discount_cents" <= "price_cents");
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_refund_within_capture_check"
  CHECK ("amount_refunded_cents" <= "amount_captured_cents");
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_refund_percent_range_check"
  CHECK ("refund_percent_before" BETWEEN 0 AND 100 AND "refund_percent_after" BETWEEN 0 AND 100);

-- ---------------------------------------------------------------------------
-- commerce
-- ---------------------------------------------------------------------------

ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_amounts_non_negative_check"
  CHECK ("amount_cents" >= 0 AND "discount_amount_cents" >= 0);

-- Codes are stored uppercase so the plain unique index is case-insensitive.
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_code_uppercase_check" CHECK ("code" = upper("code"));
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_value_range_check"
  CHECK ("discount_value" > 0 AND ("discount_type" <> 'PERCENTAGE' OR "discount_value" <= 100));
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_fixed_amount_currency_check"
  CHECK ("discount_type" <> 'FIXED_AMOUNT' OR "currency" IS NOT NULL);
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_min_purchase_non_negative_check"
  CHECK ("min_purchase_cents" IS NULL OR "min_purchase_cents" >= 0);
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_limits_positive_check"
  CHECK (("max_uses" IS NULL OR "max_uses" > 0) AND ("max_uses_per_user" IS NULL OR "max_uses_per_user" > 0));
-- Backstop for the conditional UPDATE that redeems a code.
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_used_count_range_check"
  CHECK ("used_count" >= 0 AND ("max_uses" IS NULL OR "used_count" <= "max_uses"));
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_validity_range_check"
  CHECK ("valid_until" IS NULL OR "valid_until" > "valid_from");

ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_amount_non_negative_check"
  CHECK ("amount_cents" >= 0);

ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_amounts_non_negative_check"
  CHECK ("price_cents" >= 0 AND ("custom_price_cents" IS NULL OR "custom_price_cents" >= 0));

-- ---------------------------------------------------------------------------
-- individual
-- ---------------------------------------------------------------------------

ALTER TABLE "individual_courses" ADD CONSTRAINT "individual_courses_amounts_non_negative_check"
  CHECK (("quoted_price_cents" IS NULL OR "quoted_price_cents" >= 0)
     AND ("price_per_hour_cents" IS NULL OR "price_per_hour_cents" >= 0));
ALTER TABLE "individual_courses" ADD CONSTRAINT "individual_courses_date_range_check"
  CHECK ("course_end_date" IS NULL OR "course_start_date" IS NULL OR "course_end_date" >= "course_start_date");

ALTER TABLE "individual_sessions" ADD CONSTRAINT "individual_sessions_duration_positive_check"
  CHECK ("duration_minutes" > 0);
ALTER TABLE "individual_sessions" ADD CONSTRAINT "individual_sessions_session_number_positive_check"
  CHECK ("session_number" > 0);

ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_amounts_non_negative_check"
  CHECK ("total_price_cents" >= 0 AND "hourly_rate_cents" >= 0
     AND ("base_price_cents" IS NULL OR "base_price_cents" >= 0)
     AND "customization_fee_cents" >= 0 AND "materials_fee_cents" >= 0 AND "discount_amount_cents" >= 0);
ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_estimated_hours_positive_check"
  CHECK ("estimated_hours" > 0);
ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_quote_number_format_check"
  CHECK ("quote_number" ~ '^IQ-[0-9]{4}-[0-9]{4,}$');

ALTER TABLE "quote_counters" ADD CONSTRAINT "quote_counters_last_number_non_negative_check"
  CHECK ("last_number" >= 0);

-- ---------------------------------------------------------------------------
-- messaging
-- ---------------------------------------------------------------------------

ALTER TABLE "email_courses" ADD CONSTRAINT "email_courses_delivery_time_range_check"
  CHECK ("delivery_time_minutes" BETWEEN 0 AND 1439);
