-- CreateEnum
CREATE TYPE "booking_status" AS ENUM ('PENDING', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'DECLINED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "booking_payment_status" AS ENUM ('PENDING', 'PROCESSING', 'AUTHORIZED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'FAILED', 'RELEASED', 'NOT_REQUIRED');

-- CreateEnum
CREATE TYPE "cancelled_by_role" AS ENUM ('LEARNER', 'EXPERT', 'ADMIN', 'SYSTEM');

-- CreateEnum
CREATE TYPE "course_format" AS ENUM ('SELF_PACED', 'LIVE_GROUP', 'IN_PERSON', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "course_status" AS ENUM ('DRAFT', 'PUBLISHED', 'PRIVATE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "course_access_type" AS ENUM ('FREE', 'PAID', 'SUBSCRIPTION');

-- CreateEnum
CREATE TYPE "training_course_type" AS ENUM ('EFAW', 'FAW', 'PAEDIATRIC');

-- CreateEnum
CREATE TYPE "lesson_type" AS ENUM ('VIDEO', 'ARTICLE', 'DOCUMENT', 'QUIZ', 'ASSIGNMENT', 'SCORM');

-- CreateEnum
CREATE TYPE "transaction_kind" AS ENUM ('COURSE_PURCHASE', 'BOOKING', 'INDIVIDUAL_COURSE', 'SUBSCRIPTION', 'REFUND');

-- CreateEnum
CREATE TYPE "transaction_status" AS ENUM ('PENDING', 'AUTHORIZED', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'EXPIRED', 'PARTIALLY_REFUNDED', 'REFUNDED');

-- CreateEnum
CREATE TYPE "payment_provider" AS ENUM ('STRIPE', 'OFFLINE', 'FREE_GRANT', 'MANUAL');

-- CreateEnum
CREATE TYPE "discount_type" AS ENUM ('PERCENTAGE', 'FIXED_AMOUNT');

-- CreateEnum
CREATE TYPE "discount_scope" AS ENUM ('ALL', 'COURSES', 'COURSE_FORMAT', 'BOOKINGS', 'SUBSCRIPTIONS');

-- CreateEnum
CREATE TYPE "subscription_status" AS ENUM ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELLED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "billing_interval" AS ENUM ('MONTH', 'YEAR', 'ONE_TIME');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('STUDENT', 'INSTRUCTOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "user_subscription_status" AS ENUM ('FREE', 'ACTIVE', 'CANCELLED', 'PAST_DUE');

-- CreateEnum
CREATE TYPE "subscription_tier" AS ENUM ('BASIC', 'PREMIUM', 'LIFETIME');

-- CreateEnum
CREATE TYPE "skill_level" AS ENUM ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT');

-- CreateEnum
CREATE TYPE "expert_verification_status" AS ENUM ('PENDING', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "instructor_application_status" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "course_type_interest" AS ENUM ('LIVE_GROUP', 'SELF_PACED', 'INDIVIDUAL', 'MULTIPLE', 'UNDECIDED');

-- CreateEnum
CREATE TYPE "urgency_level" AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "contact_status" AS ENUM ('NEW', 'IN_PROGRESS', 'CONVERTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "individual_course_status" AS ENUM ('INQUIRY', 'QUOTED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "individual_payment_status" AS ENUM ('PENDING', 'PARTIALLY_PAID', 'PAID', 'REFUNDED');

-- CreateEnum
CREATE TYPE "learning_pace" AS ENUM ('SLOW', 'NORMAL', 'FAST', 'INTENSIVE');

-- CreateEnum
CREATE TYPE "individual_session_status" AS ENUM ('SCHEDULED', 'COMPLETED', 'CANCELLED', 'RESCHEDULED');

-- CreateEnum
CREATE TYPE "quote_status" AS ENUM ('DRAFT', 'SENT', 'VIEWED', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'REVISED');

-- CreateEnum
CREATE TYPE "enrollment_status" AS ENUM ('ACTIVE', 'COMPLETED', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "enrollment_access_type" AS ENUM ('PURCHASED', 'SUBSCRIPTION', 'FREE_GRANT', 'PROMOTIONAL');

-- CreateEnum
CREATE TYPE "enrollment_payment_method" AS ENUM ('STRIPE', 'FREE', 'PROMOTIONAL_CODE');

-- CreateEnum
CREATE TYPE "lesson_progress_status" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "quiz_type" AS ENUM ('PRACTICE', 'GRADED', 'FINAL_EXAM');

-- CreateEnum
CREATE TYPE "show_correct_answers" AS ENUM ('IMMEDIATELY', 'AFTER_SUBMISSION', 'NEVER');

-- CreateEnum
CREATE TYPE "question_type" AS ENUM ('MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'CODE');

-- CreateEnum
CREATE TYPE "quiz_attempt_status" AS ENUM ('IN_PROGRESS', 'SUBMITTED', 'GRADED');

-- CreateEnum
CREATE TYPE "challenge_difficulty" AS ENUM ('EASY', 'MEDIUM', 'HARD');

-- CreateEnum
CREATE TYPE "code_submission_status" AS ENUM ('PENDING', 'RUNNING', 'ACCEPTED', 'WRONG_ANSWER', 'TIME_LIMIT', 'RUNTIME_ERROR');

-- CreateEnum
CREATE TYPE "live_session_status" AS ENUM ('SCHEDULED', 'LIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "notification_type" AS ENUM ('COURSE_UPDATE', 'MESSAGE', 'ANNOUNCEMENT', 'COMMUNITY', 'LIVE_SESSION', 'CERTIFICATE', 'MILESTONE', 'BOOKING', 'QUOTE', 'PAYMENT');

-- CreateEnum
CREATE TYPE "email_status" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'BOUNCED');

-- CreateEnum
CREATE TYPE "delivery_schedule" AS ENUM ('DAILY', 'WEEKDAYS', 'WEEKLY');

-- CreateEnum
CREATE TYPE "email_course_subscription_status" AS ENUM ('ACTIVE', 'PAUSED', 'COMPLETED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "ai_context_type" AS ENUM ('GENERAL', 'COURSE_HELP', 'LESSON_HELP', 'TECHNICAL_SUPPORT');

-- CreateEnum
CREATE TYPE "ai_message_role" AS ENUM ('USER', 'ASSISTANT', 'SYSTEM');

-- CreateEnum
CREATE TYPE "schedule_status" AS ENUM ('DRAFT', 'PUBLISHED', 'FULL', 'CANCELLED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "slot_status" AS ENUM ('AVAILABLE', 'FULL', 'BLOCKED', 'CANCELLED');

-- CreateTable
CREATE TABLE "activity_logs" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "ip_address" INET,
    "user_agent" TEXT,
    "session_id" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activity_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "old_values" JSONB,
    "new_values" JSONB,
    "ip_address" INET,
    "user_agent" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analytics_events" (
    "id" UUID NOT NULL,
    "event_type" TEXT NOT NULL,
    "user_id" UUID,
    "session_id" TEXT,
    "page_url" TEXT,
    "referrer_url" TEXT,
    "event_data" JSONB NOT NULL DEFAULT '{}',
    "ip_address" INET,
    "user_agent" TEXT,
    "device_type" TEXT,
    "browser" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "analytics_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookings" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "expert_id" UUID,
    "tutoring_session_id" UUID,
    "slot_id" UUID,
    "schedule_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "booking_status" NOT NULL DEFAULT 'PENDING',
    "payment_status" "booking_payment_status" NOT NULL DEFAULT 'PENDING',
    "expires_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "price_cents" INTEGER NOT NULL,
    "discount_cents" INTEGER NOT NULL DEFAULT 0,
    "payment_amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount_authorized_cents" INTEGER NOT NULL DEFAULT 0,
    "amount_captured_cents" INTEGER NOT NULL DEFAULT 0,
    "amount_refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "discount_code_id" UUID,
    "stripe_payment_intent_id" TEXT,
    "notes" TEXT,
    "learner_notes" TEXT,
    "expert_notes" TEXT,
    "attendee_first_name" TEXT,
    "attendee_last_name" TEXT,
    "attendee_email" TEXT,
    "attendee_phone" TEXT,
    "attendee_company" TEXT,
    "cancelled_at" TIMESTAMPTZ(3),
    "cancelled_by_id" UUID,
    "cancelled_by_role" "cancelled_by_role",
    "cancellation_reason" TEXT,
    "refundable_until" TIMESTAMPTZ(3),
    "refund_percent_before" SMALLINT NOT NULL DEFAULT 100,
    "refund_percent_after" SMALLINT NOT NULL DEFAULT 0,
    "confirmation_sent" BOOLEAN NOT NULL DEFAULT false,
    "reminder_sent" BOOLEAN NOT NULL DEFAULT false,
    "certificate_issued" BOOLEAN NOT NULL DEFAULT false,
    "certificate_issued_date" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bookings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "courses" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "description" TEXT NOT NULL,
    "long_description" TEXT,
    "thumbnail_url" TEXT,
    "preview_video_url" TEXT,
    "instructor_id" UUID,
    "format" "course_format" NOT NULL DEFAULT 'SELF_PACED',
    "status" "course_status" NOT NULL DEFAULT 'DRAFT',
    "access_type" "course_access_type" NOT NULL DEFAULT 'PAID',
    "category" TEXT,
    "subcategory" TEXT,
    "tags" TEXT[],
    "course_type" "training_course_type",
    "level" "skill_level",
    "price_cents" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "duration_text" TEXT,
    "total_duration_minutes" INTEGER NOT NULL DEFAULT 0,
    "lesson_count" INTEGER NOT NULL DEFAULT 0,
    "student_count" INTEGER NOT NULL DEFAULT 0,
    "average_rating" DECIMAL(3,2) NOT NULL DEFAULT 0,
    "review_count" INTEGER NOT NULL DEFAULT 0,
    "completion_rate" DECIMAL(3,2) NOT NULL DEFAULT 0,
    "has_certificate" BOOLEAN NOT NULL DEFAULT true,
    "certification_validity_years" INTEGER,
    "discussion_enabled" BOOLEAN NOT NULL DEFAULT true,
    "max_capacity" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "captions_available" TEXT[],
    "prerequisites" TEXT[],
    "learning_outcomes" TEXT[],
    "target_audience" TEXT,
    "meta_description" TEXT,
    "meta_keywords" TEXT[],
    "published_at" TIMESTAMPTZ(3),
    "last_updated_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "courses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_modules" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "total_duration_minutes" INTEGER NOT NULL DEFAULT 0,
    "lesson_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_modules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lessons" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "module_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL,
    "type" "lesson_type" NOT NULL,
    "video_url" TEXT,
    "video_duration_seconds" INTEGER,
    "article_content" TEXT,
    "duration_minutes" INTEGER,
    "downloadable_resources" JSONB,
    "is_preview" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lessons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resources" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "categories" TEXT[],
    "tags" TEXT[],
    "url" TEXT NOT NULL,
    "thumbnail_url" TEXT,
    "author" TEXT NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "download_count" INTEGER NOT NULL DEFAULT 0,
    "favorite_count" INTEGER NOT NULL DEFAULT 0,
    "rating" DECIMAL(3,2) NOT NULL DEFAULT 0,
    "review_count" INTEGER NOT NULL DEFAULT 0,
    "difficulty" "skill_level",
    "duration" TEXT,
    "file_size" TEXT,
    "course_id" UUID,
    "restricted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "favorites" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "resource_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "favorites_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wishlist_items" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "wishlist_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_reviews" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_discussions" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "title" TEXT,
    "content" TEXT NOT NULL,
    "parent_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_discussions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment_transactions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" "transaction_kind" NOT NULL,
    "status" "transaction_status" NOT NULL DEFAULT 'PENDING',
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "discount_amount_cents" INTEGER NOT NULL DEFAULT 0,
    "product_name" TEXT,
    "provider" "payment_provider" NOT NULL,
    "provider_payment_intent_id" TEXT,
    "provider_charge_id" TEXT,
    "provider_refund_id" TEXT,
    "provider_customer_id" TEXT,
    "payment_method_type" TEXT,
    "idempotency_key" TEXT,
    "promotional_code" TEXT,
    "discount_code_id" UUID,
    "failure_reason" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "parent_transaction_id" UUID,
    "booking_id" UUID,
    "enrollment_id" UUID,
    "course_id" UUID,
    "individual_course_id" UUID,
    "subscription_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payment_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discount_codes" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT,
    "discount_type" "discount_type" NOT NULL,
    "discount_value" INTEGER NOT NULL,
    "currency" CHAR(3),
    "min_purchase_cents" INTEGER,
    "scope" "discount_scope" NOT NULL DEFAULT 'ALL',
    "applicable_course_ids" UUID[],
    "format" "course_format",
    "course_type_restriction" "training_course_type",
    "max_uses" INTEGER,
    "max_uses_per_user" INTEGER DEFAULT 1,
    "used_count" INTEGER NOT NULL DEFAULT 0,
    "valid_from" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(3),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "discount_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discount_redemptions" (
    "id" UUID NOT NULL,
    "discount_code_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "booking_id" UUID,
    "transaction_id" UUID,
    "amount_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "discount_redemptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "tier" "subscription_tier",
    "status" "subscription_status" NOT NULL DEFAULT 'INCOMPLETE',
    "interval" "billing_interval" NOT NULL DEFAULT 'MONTH',
    "price_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "provider_subscription_id" TEXT,
    "provider_customer_id" TEXT,
    "current_period_start" TIMESTAMPTZ(3),
    "current_period_end" TIMESTAMPTZ(3),
    "cancel_at_period_end" BOOLEAN NOT NULL DEFAULT false,
    "cancelled_at" TIMESTAMPTZ(3),
    "is_individual_course" BOOLEAN NOT NULL DEFAULT false,
    "individual_course_id" UUID,
    "custom_price_cents" INTEGER,
    "custom_duration_hours" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stripe_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "stripe_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified_at" TIMESTAMPTZ(3),
    "password_hash" TEXT,
    "external_id" TEXT,
    "full_name" TEXT,
    "display_name" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "avatar_url" TEXT,
    "phone" TEXT,
    "date_of_birth" DATE,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "bio" TEXT,
    "preferred_language" TEXT NOT NULL DEFAULT 'en',
    "roles" "role"[] DEFAULT ARRAY['STUDENT']::"role"[],
    "subscription_status" "user_subscription_status" NOT NULL DEFAULT 'FREE',
    "subscription_tier" "subscription_tier",
    "subscription_expires_at" TIMESTAMPTZ(3),
    "stripe_customer_id" TEXT,
    "daily_learning_goal_minutes" INTEGER NOT NULL DEFAULT 30,
    "email_notifications" JSONB NOT NULL DEFAULT '{"course_updates": true, "weekly_progress": true, "promotional": false, "drip_content": true}',
    "last_active_at" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "total_learning_minutes" INTEGER NOT NULL DEFAULT 0,
    "courses_completed" INTEGER NOT NULL DEFAULT 0,
    "current_streak_days" INTEGER NOT NULL DEFAULT 0,
    "longest_streak_days" INTEGER NOT NULL DEFAULT 0,
    "deactivated_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expert_profiles" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "bio" TEXT,
    "expertise_areas" TEXT[],
    "hourly_rate_cents" INTEGER,
    "currency" CHAR(3) NOT NULL,
    "rating" DECIMAL(3,2),
    "total_sessions" INTEGER NOT NULL DEFAULT 0,
    "total_earnings_cents" INTEGER NOT NULL DEFAULT 0,
    "is_available" BOOLEAN NOT NULL DEFAULT true,
    "verification_status" "expert_verification_status" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "expert_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learner_profiles" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "learning_goals" TEXT[],
    "interests" TEXT[],
    "experience_level" "skill_level",
    "preferred_session_duration_minutes" INTEGER,
    "total_sessions_booked" INTEGER NOT NULL DEFAULT 0,
    "total_spent_cents" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "learner_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instructor_applications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "instructor_application_status" NOT NULL DEFAULT 'SUBMITTED',
    "license_number" TEXT,
    "license_state" TEXT,
    "license_expiry" DATE,
    "insurance_provider" TEXT,
    "documents" TEXT[],
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "rejection_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "instructor_applications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "refresh_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "family_id" UUID NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "replaced_by_id" UUID,
    "last_used_at" TIMESTAMPTZ(3),
    "user_agent" TEXT,
    "ip_address" INET,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "password_reset_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "subject" TEXT,
    "message" TEXT NOT NULL,
    "status" "contact_status" NOT NULL DEFAULT 'NEW',
    "user_id" UUID,
    "course_type_interest" "course_type_interest",
    "urgency_level" "urgency_level" NOT NULL DEFAULT 'MEDIUM',
    "budget_range" TEXT,
    "availability_info" TEXT,
    "individual_course_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "individual_courses" (
    "id" UUID NOT NULL,
    "student_id" UUID NOT NULL,
    "instructor_id" UUID,
    "course_id" UUID,
    "status" "individual_course_status" NOT NULL DEFAULT 'INQUIRY',
    "preferred_schedule" TEXT,
    "actual_schedule" JSONB,
    "total_hours" INTEGER,
    "sessions_completed" INTEGER NOT NULL DEFAULT 0,
    "quoted_price_cents" INTEGER,
    "price_per_hour_cents" INTEGER,
    "currency" CHAR(3) NOT NULL,
    "payment_status" "individual_payment_status" NOT NULL DEFAULT 'PENDING',
    "student_level" "skill_level",
    "specific_goals" TEXT,
    "custom_curriculum" JSONB,
    "learning_pace" "learning_pace",
    "initial_inquiry" TEXT,
    "instructor_notes" TEXT,
    "student_feedback" TEXT,
    "inquiry_date" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "quote_sent_date" TIMESTAMPTZ(3),
    "course_start_date" TIMESTAMPTZ(3),
    "course_end_date" TIMESTAMPTZ(3),
    "last_session_date" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "individual_courses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "individual_sessions" (
    "id" UUID NOT NULL,
    "individual_course_id" UUID NOT NULL,
    "session_number" INTEGER NOT NULL,
    "session_date" TIMESTAMPTZ(3) NOT NULL,
    "duration_minutes" INTEGER NOT NULL DEFAULT 60,
    "status" "individual_session_status" NOT NULL DEFAULT 'SCHEDULED',
    "topics_covered" TEXT[],
    "lesson_plan" TEXT,
    "homework_assigned" TEXT,
    "student_performance" TEXT,
    "meeting_link" TEXT,
    "recording_link" TEXT,
    "materials_shared" TEXT[],
    "instructor_notes" TEXT,
    "student_questions" TEXT,
    "next_session_prep" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "individual_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_quotes" (
    "id" UUID NOT NULL,
    "individual_course_id" UUID NOT NULL,
    "contact_id" UUID,
    "quote_number" TEXT NOT NULL,
    "total_price_cents" INTEGER NOT NULL,
    "hourly_rate_cents" INTEGER NOT NULL,
    "estimated_hours" INTEGER NOT NULL,
    "base_price_cents" INTEGER,
    "customization_fee_cents" INTEGER NOT NULL DEFAULT 0,
    "materials_fee_cents" INTEGER NOT NULL DEFAULT 0,
    "discount_amount_cents" INTEGER NOT NULL DEFAULT 0,
    "currency" CHAR(3) NOT NULL,
    "status" "quote_status" NOT NULL DEFAULT 'DRAFT',
    "valid_until" TIMESTAMPTZ(3) NOT NULL,
    "terms_conditions" TEXT,
    "payment_terms" TEXT DEFAULT 'Payment due before course start',
    "cancellation_policy" TEXT,
    "quote_message" TEXT,
    "client_response" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "viewed_at" TIMESTAMPTZ(3),
    "responded_at" TIMESTAMPTZ(3),
    "revised_from_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_quotes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote_access_tokens" (
    "id" UUID NOT NULL,
    "quote_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quote_access_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote_counters" (
    "year" INTEGER NOT NULL,
    "last_number" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quote_counters_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "enrollments" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "status" "enrollment_status" NOT NULL DEFAULT 'ACTIVE',
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "access_type" "enrollment_access_type" NOT NULL,
    "payment_amount_cents" INTEGER,
    "currency" CHAR(3),
    "payment_method" "enrollment_payment_method",
    "promotional_code_used" TEXT,
    "progress_percentage" INTEGER NOT NULL DEFAULT 0,
    "completed_lessons" INTEGER NOT NULL DEFAULT 0,
    "total_lessons" INTEGER NOT NULL DEFAULT 0,
    "last_accessed_at" TIMESTAMPTZ(3),
    "last_lesson_id" UUID,
    "completed_at" TIMESTAMPTZ(3),
    "total_time_spent_minutes" INTEGER NOT NULL DEFAULT 0,
    "average_quiz_score" DECIMAL(5,2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "enrollments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lesson_progress" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "lesson_id" UUID NOT NULL,
    "enrollment_id" UUID NOT NULL,
    "status" "lesson_progress_status" NOT NULL DEFAULT 'NOT_STARTED',
    "started_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "video_position_seconds" INTEGER NOT NULL DEFAULT 0,
    "video_completed" BOOLEAN NOT NULL DEFAULT false,
    "time_spent_minutes" INTEGER NOT NULL DEFAULT 0,
    "last_accessed_at" TIMESTAMPTZ(3),
    "user_notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lesson_progress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quizzes" (
    "id" UUID NOT NULL,
    "course_id" UUID,
    "lesson_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "instructions" TEXT,
    "quiz_type" "quiz_type" NOT NULL,
    "passing_score" INTEGER NOT NULL DEFAULT 70,
    "time_limit_minutes" INTEGER,
    "max_attempts" INTEGER DEFAULT 3,
    "randomize_questions" BOOLEAN NOT NULL DEFAULT false,
    "randomize_answers" BOOLEAN NOT NULL DEFAULT true,
    "show_correct_answers" "show_correct_answers" NOT NULL DEFAULT 'AFTER_SUBMISSION',
    "total_points" INTEGER NOT NULL DEFAULT 0,
    "question_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quizzes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quiz_questions" (
    "id" UUID NOT NULL,
    "quiz_id" UUID NOT NULL,
    "question_text" TEXT NOT NULL,
    "question_type" "question_type" NOT NULL DEFAULT 'MULTIPLE_CHOICE',
    "explanation" TEXT,
    "hint" TEXT,
    "options" JSONB,
    "code_template" TEXT,
    "test_cases" JSONB,
    "programming_language" TEXT,
    "points" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quiz_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quiz_attempts" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "quiz_id" UUID NOT NULL,
    "enrollment_id" UUID,
    "attempt_number" INTEGER NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(3),
    "time_spent_minutes" INTEGER,
    "score" DECIMAL(5,2),
    "percentage" DECIMAL(5,2),
    "passed" BOOLEAN NOT NULL DEFAULT false,
    "answers" JSONB,
    "status" "quiz_attempt_status" NOT NULL DEFAULT 'IN_PROGRESS',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "quiz_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "code_challenges" (
    "id" UUID NOT NULL,
    "course_id" UUID,
    "lesson_id" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "difficulty" "challenge_difficulty" NOT NULL,
    "category" TEXT,
    "problem_statement" TEXT NOT NULL,
    "examples" TEXT,
    "constraints" TEXT,
    "supported_languages" TEXT[],
    "starter_code" JSONB,
    "solution_code" JSONB,
    "test_cases" JSONB NOT NULL,
    "time_limit_ms" INTEGER NOT NULL DEFAULT 5000,
    "memory_limit_mb" INTEGER NOT NULL DEFAULT 256,
    "points" INTEGER NOT NULL DEFAULT 100,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "code_challenges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "code_submissions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "challenge_id" UUID NOT NULL,
    "language" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "code_submission_status" NOT NULL DEFAULT 'PENDING',
    "test_results" JSONB,
    "execution_time_ms" INTEGER,
    "memory_used_mb" INTEGER,
    "passed_tests" INTEGER,
    "total_tests" INTEGER,
    "score" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "code_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "certificates" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "user_name" TEXT NOT NULL,
    "course_id" UUID NOT NULL,
    "course_name" TEXT NOT NULL,
    "instructor_id" UUID,
    "instructor_name" TEXT,
    "enrollment_id" UUID,
    "booking_id" UUID,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3),
    "verification_code" TEXT NOT NULL,
    "template_id" TEXT NOT NULL DEFAULT 'default',
    "certificate_url" TEXT,
    "revoked_at" TIMESTAMPTZ(3),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "certificates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "learning_analytics_days" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "minutes_learned" INTEGER NOT NULL DEFAULT 0,
    "lessons_completed" INTEGER NOT NULL DEFAULT 0,
    "quizzes_taken" INTEGER NOT NULL DEFAULT 0,
    "quiz_average_score" DECIMAL(5,2),
    "code_challenges_solved" INTEGER NOT NULL DEFAULT 0,
    "login_count" INTEGER NOT NULL DEFAULT 0,
    "videos_watched" INTEGER NOT NULL DEFAULT 0,
    "resources_downloaded" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "learning_analytics_days_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "live_sessions" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "instructor_id" UUID NOT NULL,
    "course_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "is_recorded" BOOLEAN NOT NULL DEFAULT false,
    "max_participants" INTEGER NOT NULL,
    "status" "live_session_status" NOT NULL DEFAULT 'SCHEDULED',
    "meeting_url" TEXT,
    "recording_url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "live_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_participants" (
    "id" UUID NOT NULL,
    "live_session_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "joined_at" TIMESTAMPTZ(3),
    "left_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_participants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "type" "notification_type" NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "link" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_logs" (
    "id" UUID NOT NULL,
    "recipient_email" TEXT NOT NULL,
    "email_type" TEXT NOT NULL,
    "subject" TEXT,
    "booking_id" UUID,
    "user_id" UUID,
    "status" "email_status" NOT NULL DEFAULT 'SENT',
    "error_message" TEXT,
    "provider_message_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_courses" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "delivery_schedule" "delivery_schedule" NOT NULL,
    "delivery_time_minutes" SMALLINT NOT NULL DEFAULT 540,
    "total_emails" INTEGER NOT NULL,
    "welcome_email_content" TEXT,
    "completion_email_content" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_courses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_course_contents" (
    "id" UUID NOT NULL,
    "email_course_id" UUID NOT NULL,
    "day_number" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "preview_text" TEXT,
    "html_content" TEXT NOT NULL,
    "plain_text_content" TEXT,
    "sent_count" INTEGER NOT NULL DEFAULT 0,
    "open_rate" DECIMAL(3,2),
    "click_rate" DECIMAL(3,2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_course_contents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_course_subscriptions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "email_course_id" UUID NOT NULL,
    "subscribed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "current_day" INTEGER NOT NULL DEFAULT 0,
    "last_sent_at" TIMESTAMPTZ(3),
    "next_send_at" TIMESTAMPTZ(3),
    "status" "email_course_subscription_status" NOT NULL DEFAULT 'ACTIVE',
    "completed_at" TIMESTAMPTZ(3),
    "unsubscribed_at" TIMESTAMPTZ(3),
    "emails_opened" INTEGER NOT NULL DEFAULT 0,
    "links_clicked" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "email_course_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_conversations" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "course_id" UUID,
    "lesson_id" UUID,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_message_at" TIMESTAMPTZ(3),
    "message_count" INTEGER NOT NULL DEFAULT 0,
    "context_type" "ai_context_type" NOT NULL DEFAULT 'GENERAL',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "requires_human_review" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ai_conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ai_messages" (
    "id" UUID NOT NULL,
    "conversation_id" UUID NOT NULL,
    "role" "ai_message_role" NOT NULL,
    "content" TEXT NOT NULL,
    "tokens_used" INTEGER,
    "model_used" TEXT,
    "response_time_ms" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ai_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "venues" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address_line1" TEXT NOT NULL,
    "address_line2" TEXT,
    "city" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "facilities" JSONB NOT NULL DEFAULT '{}',
    "parking_info" TEXT,
    "timezone" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "venues_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "course_schedules" (
    "id" UUID NOT NULL,
    "course_id" UUID NOT NULL,
    "venue_id" UUID NOT NULL,
    "instructor_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "schedule_status" NOT NULL DEFAULT 'DRAFT',
    "capacity" INTEGER NOT NULL,
    "booked_count" INTEGER NOT NULL DEFAULT 0,
    "price_cents" INTEGER,
    "currency" CHAR(3),
    "notes" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "course_schedules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tutoring_sessions" (
    "id" UUID NOT NULL,
    "expert_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "short_description" VARCHAR(500),
    "topic_tags" TEXT[],
    "duration_minutes" INTEGER NOT NULL,
    "price_cents" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "level" "skill_level",
    "prerequisites" TEXT,
    "materials_url" TEXT,
    "max_participants" INTEGER NOT NULL DEFAULT 1,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "tutoring_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "availability_windows" (
    "id" UUID NOT NULL,
    "expert_id" UUID NOT NULL,
    "day_of_week" SMALLINT NOT NULL,
    "start_minutes" SMALLINT NOT NULL,
    "end_minutes" SMALLINT NOT NULL,
    "timezone" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "availability_windows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bookable_slots" (
    "id" UUID NOT NULL,
    "tutoring_session_id" UUID NOT NULL,
    "expert_id" UUID NOT NULL,
    "availability_window_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "booked_count" INTEGER NOT NULL DEFAULT 0,
    "status" "slot_status" NOT NULL DEFAULT 'AVAILABLE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "bookable_slots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "activity_logs_user_id_created_at_idx" ON "activity_logs"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "activity_logs_action_idx" ON "activity_logs"("action");

-- CreateIndex
CREATE INDEX "activity_logs_entity_type_entity_id_idx" ON "activity_logs"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "activity_logs_created_at_idx" ON "activity_logs"("created_at");

-- CreateIndex
CREATE INDEX "audit_logs_actor_id_created_at_idx" ON "audit_logs"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_logs_action_idx" ON "audit_logs"("action");

-- CreateIndex
CREATE INDEX "audit_logs_entity_type_entity_id_idx" ON "audit_logs"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "audit_logs_created_at_idx" ON "audit_logs"("created_at");

-- CreateIndex
CREATE INDEX "analytics_events_event_type_created_at_idx" ON "analytics_events"("event_type", "created_at");

-- CreateIndex
CREATE INDEX "analytics_events_user_id_idx" ON "analytics_events"("user_id");

-- CreateIndex
CREATE INDEX "analytics_events_session_id_idx" ON "analytics_events"("session_id");

-- CreateIndex
CREATE INDEX "analytics_events_page_url_idx" ON "analytics_events"("page_url");

-- CreateIndex
CREATE INDEX "analytics_events_created_at_idx" ON "analytics_events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "bookings_reference_key" ON "bookings"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "bookings_stripe_payment_intent_id_key" ON "bookings"("stripe_payment_intent_id");

-- CreateIndex
CREATE INDEX "bookings_user_id_starts_at_idx" ON "bookings"("user_id", "starts_at");

-- CreateIndex
CREATE INDEX "bookings_expert_id_starts_at_idx" ON "bookings"("expert_id", "starts_at");

-- CreateIndex
CREATE INDEX "bookings_tutoring_session_id_idx" ON "bookings"("tutoring_session_id");

-- CreateIndex
CREATE INDEX "bookings_slot_id_idx" ON "bookings"("slot_id");

-- CreateIndex
CREATE INDEX "bookings_schedule_id_idx" ON "bookings"("schedule_id");

-- CreateIndex
CREATE INDEX "bookings_discount_code_id_idx" ON "bookings"("discount_code_id");

-- CreateIndex
CREATE INDEX "bookings_cancelled_by_id_idx" ON "bookings"("cancelled_by_id");

-- CreateIndex
CREATE INDEX "bookings_status_starts_at_idx" ON "bookings"("status", "starts_at");

-- CreateIndex
CREATE INDEX "bookings_payment_status_idx" ON "bookings"("payment_status");

-- CreateIndex
CREATE INDEX "bookings_status_expires_at_idx" ON "bookings"("status", "expires_at");

-- CreateIndex
CREATE INDEX "bookings_created_at_idx" ON "bookings"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "courses_slug_key" ON "courses"("slug");

-- CreateIndex
CREATE INDEX "courses_instructor_id_idx" ON "courses"("instructor_id");

-- CreateIndex
CREATE INDEX "courses_status_published_at_idx" ON "courses"("status", "published_at");

-- CreateIndex
CREATE INDEX "courses_format_status_idx" ON "courses"("format", "status");

-- CreateIndex
CREATE INDEX "courses_category_idx" ON "courses"("category");

-- CreateIndex
CREATE INDEX "courses_course_type_idx" ON "courses"("course_type");

-- CreateIndex
CREATE INDEX "courses_price_cents_idx" ON "courses"("price_cents");

-- CreateIndex
CREATE INDEX "courses_average_rating_idx" ON "courses"("average_rating");

-- CreateIndex
CREATE INDEX "courses_tags_idx" ON "courses" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "courses_created_at_idx" ON "courses"("created_at");

-- CreateIndex
CREATE INDEX "course_modules_course_id_position_idx" ON "course_modules"("course_id", "position");

-- CreateIndex
CREATE INDEX "lessons_course_id_idx" ON "lessons"("course_id");

-- CreateIndex
CREATE INDEX "lessons_module_id_position_idx" ON "lessons"("module_id", "position");

-- CreateIndex
CREATE INDEX "lessons_type_idx" ON "lessons"("type");

-- CreateIndex
CREATE INDEX "resources_course_id_idx" ON "resources"("course_id");

-- CreateIndex
CREATE INDEX "resources_featured_idx" ON "resources"("featured");

-- CreateIndex
CREATE INDEX "resources_categories_idx" ON "resources" USING GIN ("categories");

-- CreateIndex
CREATE INDEX "resources_tags_idx" ON "resources" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "favorites_resource_id_idx" ON "favorites"("resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "favorites_user_id_resource_id_key" ON "favorites"("user_id", "resource_id");

-- CreateIndex
CREATE INDEX "wishlist_items_course_id_idx" ON "wishlist_items"("course_id");

-- CreateIndex
CREATE UNIQUE INDEX "wishlist_items_user_id_course_id_key" ON "wishlist_items"("user_id", "course_id");

-- CreateIndex
CREATE INDEX "course_reviews_course_id_created_at_idx" ON "course_reviews"("course_id", "created_at");

-- CreateIndex
CREATE INDEX "course_reviews_course_id_rating_idx" ON "course_reviews"("course_id", "rating");

-- CreateIndex
CREATE UNIQUE INDEX "course_reviews_user_id_course_id_key" ON "course_reviews"("user_id", "course_id");

-- CreateIndex
CREATE INDEX "course_discussions_course_id_created_at_idx" ON "course_discussions"("course_id", "created_at");

-- CreateIndex
CREATE INDEX "course_discussions_user_id_idx" ON "course_discussions"("user_id");

-- CreateIndex
CREATE INDEX "course_discussions_parent_id_idx" ON "course_discussions"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_transactions_provider_refund_id_key" ON "payment_transactions"("provider_refund_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_transactions_idempotency_key_key" ON "payment_transactions"("idempotency_key");

-- CreateIndex
CREATE INDEX "payment_transactions_user_id_created_at_idx" ON "payment_transactions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "payment_transactions_status_created_at_idx" ON "payment_transactions"("status", "created_at");

-- CreateIndex
CREATE INDEX "payment_transactions_kind_idx" ON "payment_transactions"("kind");

-- CreateIndex
CREATE INDEX "payment_transactions_provider_payment_intent_id_idx" ON "payment_transactions"("provider_payment_intent_id");

-- CreateIndex
CREATE INDEX "payment_transactions_provider_charge_id_idx" ON "payment_transactions"("provider_charge_id");

-- CreateIndex
CREATE INDEX "payment_transactions_discount_code_id_idx" ON "payment_transactions"("discount_code_id");

-- CreateIndex
CREATE INDEX "payment_transactions_parent_transaction_id_idx" ON "payment_transactions"("parent_transaction_id");

-- CreateIndex
CREATE INDEX "payment_transactions_booking_id_idx" ON "payment_transactions"("booking_id");

-- CreateIndex
CREATE INDEX "payment_transactions_enrollment_id_idx" ON "payment_transactions"("enrollment_id");

-- CreateIndex
CREATE INDEX "payment_transactions_course_id_idx" ON "payment_transactions"("course_id");

-- CreateIndex
CREATE INDEX "payment_transactions_individual_course_id_idx" ON "payment_transactions"("individual_course_id");

-- CreateIndex
CREATE INDEX "payment_transactions_subscription_id_idx" ON "payment_transactions"("subscription_id");

-- CreateIndex
CREATE UNIQUE INDEX "discount_codes_code_key" ON "discount_codes"("code");

-- CreateIndex
CREATE INDEX "discount_codes_is_active_valid_from_valid_until_idx" ON "discount_codes"("is_active", "valid_from", "valid_until");

-- CreateIndex
CREATE INDEX "discount_codes_created_by_id_idx" ON "discount_codes"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "discount_redemptions_booking_id_key" ON "discount_redemptions"("booking_id");

-- CreateIndex
CREATE UNIQUE INDEX "discount_redemptions_transaction_id_key" ON "discount_redemptions"("transaction_id");

-- CreateIndex
CREATE INDEX "discount_redemptions_discount_code_id_user_id_idx" ON "discount_redemptions"("discount_code_id", "user_id");

-- CreateIndex
CREATE INDEX "discount_redemptions_user_id_idx" ON "discount_redemptions"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "subscriptions_provider_subscription_id_key" ON "subscriptions"("provider_subscription_id");

-- CreateIndex
CREATE INDEX "subscriptions_user_id_status_idx" ON "subscriptions"("user_id", "status");

-- CreateIndex
CREATE INDEX "subscriptions_individual_course_id_idx" ON "subscriptions"("individual_course_id");

-- CreateIndex
CREATE INDEX "subscriptions_status_current_period_end_idx" ON "subscriptions"("status", "current_period_end");

-- CreateIndex
CREATE INDEX "stripe_events_type_idx" ON "stripe_events"("type");

-- CreateIndex
CREATE INDEX "stripe_events_processed_at_idx" ON "stripe_events"("processed_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_external_id_key" ON "users"("external_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_stripe_customer_id_key" ON "users"("stripe_customer_id");

-- CreateIndex
CREATE INDEX "users_roles_idx" ON "users" USING GIN ("roles");

-- CreateIndex
CREATE INDEX "users_subscription_status_idx" ON "users"("subscription_status");

-- CreateIndex
CREATE INDEX "users_created_at_idx" ON "users"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "expert_profiles_user_id_key" ON "expert_profiles"("user_id");

-- CreateIndex
CREATE INDEX "expert_profiles_verification_status_is_available_idx" ON "expert_profiles"("verification_status", "is_available");

-- CreateIndex
CREATE UNIQUE INDEX "learner_profiles_user_id_key" ON "learner_profiles"("user_id");

-- CreateIndex
CREATE INDEX "instructor_applications_user_id_idx" ON "instructor_applications"("user_id");

-- CreateIndex
CREATE INDEX "instructor_applications_status_submitted_at_idx" ON "instructor_applications"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "instructor_applications_reviewed_by_id_idx" ON "instructor_applications"("reviewed_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "refresh_tokens"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_tokens_replaced_by_id_key" ON "refresh_tokens"("replaced_by_id");

-- CreateIndex
CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens"("user_id");

-- CreateIndex
CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens"("family_id");

-- CreateIndex
CREATE INDEX "refresh_tokens_expires_at_idx" ON "refresh_tokens"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_tokens_token_hash_key" ON "password_reset_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens"("user_id");

-- CreateIndex
CREATE INDEX "password_reset_tokens_expires_at_idx" ON "password_reset_tokens"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_key_hash_key" ON "api_keys"("key_hash");

-- CreateIndex
CREATE INDEX "api_keys_user_id_idx" ON "api_keys"("user_id");

-- CreateIndex
CREATE INDEX "contacts_status_created_at_idx" ON "contacts"("status", "created_at");

-- CreateIndex
CREATE INDEX "contacts_email_idx" ON "contacts"("email");

-- CreateIndex
CREATE INDEX "contacts_user_id_idx" ON "contacts"("user_id");

-- CreateIndex
CREATE INDEX "contacts_individual_course_id_idx" ON "contacts"("individual_course_id");

-- CreateIndex
CREATE INDEX "individual_courses_student_id_idx" ON "individual_courses"("student_id");

-- CreateIndex
CREATE INDEX "individual_courses_instructor_id_idx" ON "individual_courses"("instructor_id");

-- CreateIndex
CREATE INDEX "individual_courses_course_id_idx" ON "individual_courses"("course_id");

-- CreateIndex
CREATE INDEX "individual_courses_status_idx" ON "individual_courses"("status");

-- CreateIndex
CREATE INDEX "individual_courses_course_start_date_course_end_date_idx" ON "individual_courses"("course_start_date", "course_end_date");

-- CreateIndex
CREATE INDEX "individual_courses_payment_status_idx" ON "individual_courses"("payment_status");

-- CreateIndex
CREATE INDEX "individual_sessions_session_date_idx" ON "individual_sessions"("session_date");

-- CreateIndex
CREATE INDEX "individual_sessions_status_idx" ON "individual_sessions"("status");

-- CreateIndex
CREATE UNIQUE INDEX "individual_sessions_individual_course_id_session_number_key" ON "individual_sessions"("individual_course_id", "session_number");

-- CreateIndex
CREATE UNIQUE INDEX "course_quotes_quote_number_key" ON "course_quotes"("quote_number");

-- CreateIndex
CREATE INDEX "course_quotes_individual_course_id_idx" ON "course_quotes"("individual_course_id");

-- CreateIndex
CREATE INDEX "course_quotes_contact_id_idx" ON "course_quotes"("contact_id");

-- CreateIndex
CREATE INDEX "course_quotes_status_valid_until_idx" ON "course_quotes"("status", "valid_until");

-- CreateIndex
CREATE INDEX "course_quotes_revised_from_id_idx" ON "course_quotes"("revised_from_id");

-- CreateIndex
CREATE INDEX "course_quotes_created_by_id_idx" ON "course_quotes"("created_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "quote_access_tokens_token_hash_key" ON "quote_access_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "quote_access_tokens_quote_id_idx" ON "quote_access_tokens"("quote_id");

-- CreateIndex
CREATE INDEX "enrollments_course_id_status_idx" ON "enrollments"("course_id", "status");

-- CreateIndex
CREATE INDEX "enrollments_user_id_status_idx" ON "enrollments"("user_id", "status");

-- CreateIndex
CREATE INDEX "enrollments_last_lesson_id_idx" ON "enrollments"("last_lesson_id");

-- CreateIndex
CREATE UNIQUE INDEX "enrollments_user_id_course_id_key" ON "enrollments"("user_id", "course_id");

-- CreateIndex
CREATE INDEX "lesson_progress_user_id_course_id_idx" ON "lesson_progress"("user_id", "course_id");

-- CreateIndex
CREATE INDEX "lesson_progress_lesson_id_idx" ON "lesson_progress"("lesson_id");

-- CreateIndex
CREATE INDEX "lesson_progress_course_id_idx" ON "lesson_progress"("course_id");

-- CreateIndex
CREATE INDEX "lesson_progress_enrollment_id_idx" ON "lesson_progress"("enrollment_id");

-- CreateIndex
CREATE INDEX "lesson_progress_status_idx" ON "lesson_progress"("status");

-- CreateIndex
CREATE UNIQUE INDEX "lesson_progress_user_id_lesson_id_key" ON "lesson_progress"("user_id", "lesson_id");

-- CreateIndex
CREATE INDEX "quizzes_course_id_idx" ON "quizzes"("course_id");

-- CreateIndex
CREATE INDEX "quizzes_lesson_id_idx" ON "quizzes"("lesson_id");

-- CreateIndex
CREATE INDEX "quiz_questions_quiz_id_position_idx" ON "quiz_questions"("quiz_id", "position");

-- CreateIndex
CREATE INDEX "quiz_attempts_quiz_id_idx" ON "quiz_attempts"("quiz_id");

-- CreateIndex
CREATE INDEX "quiz_attempts_enrollment_id_idx" ON "quiz_attempts"("enrollment_id");

-- CreateIndex
CREATE INDEX "quiz_attempts_status_idx" ON "quiz_attempts"("status");

-- CreateIndex
CREATE UNIQUE INDEX "quiz_attempts_user_id_quiz_id_attempt_number_key" ON "quiz_attempts"("user_id", "quiz_id", "attempt_number");

-- CreateIndex
CREATE INDEX "code_challenges_course_id_idx" ON "code_challenges"("course_id");

-- CreateIndex
CREATE INDEX "code_challenges_lesson_id_idx" ON "code_challenges"("lesson_id");

-- CreateIndex
CREATE INDEX "code_challenges_difficulty_idx" ON "code_challenges"("difficulty");

-- CreateIndex
CREATE INDEX "code_submissions_user_id_created_at_idx" ON "code_submissions"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "code_submissions_challenge_id_idx" ON "code_submissions"("challenge_id");

-- CreateIndex
CREATE INDEX "code_submissions_status_idx" ON "code_submissions"("status");

-- CreateIndex
CREATE UNIQUE INDEX "certificates_enrollment_id_key" ON "certificates"("enrollment_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificates_booking_id_key" ON "certificates"("booking_id");

-- CreateIndex
CREATE UNIQUE INDEX "certificates_verification_code_key" ON "certificates"("verification_code");

-- CreateIndex
CREATE INDEX "certificates_user_id_issued_at_idx" ON "certificates"("user_id", "issued_at");

-- CreateIndex
CREATE INDEX "certificates_course_id_idx" ON "certificates"("course_id");

-- CreateIndex
CREATE INDEX "certificates_instructor_id_idx" ON "certificates"("instructor_id");

-- CreateIndex
CREATE INDEX "learning_analytics_days_date_idx" ON "learning_analytics_days"("date");

-- CreateIndex
CREATE UNIQUE INDEX "learning_analytics_days_user_id_date_key" ON "learning_analytics_days"("user_id", "date");

-- CreateIndex
CREATE INDEX "live_sessions_status_starts_at_idx" ON "live_sessions"("status", "starts_at");

-- CreateIndex
CREATE INDEX "live_sessions_instructor_id_starts_at_idx" ON "live_sessions"("instructor_id", "starts_at");

-- CreateIndex
CREATE INDEX "live_sessions_course_id_idx" ON "live_sessions"("course_id");

-- CreateIndex
CREATE INDEX "session_participants_user_id_idx" ON "session_participants"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_participants_live_session_id_user_id_key" ON "session_participants"("live_session_id", "user_id");

-- CreateIndex
CREATE INDEX "notifications_user_id_created_at_idx" ON "notifications"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_idx" ON "notifications"("user_id", "read_at");

-- CreateIndex
CREATE INDEX "email_logs_recipient_email_idx" ON "email_logs"("recipient_email");

-- CreateIndex
CREATE INDEX "email_logs_email_type_idx" ON "email_logs"("email_type");

-- CreateIndex
CREATE INDEX "email_logs_booking_id_idx" ON "email_logs"("booking_id");

-- CreateIndex
CREATE INDEX "email_logs_user_id_idx" ON "email_logs"("user_id");

-- CreateIndex
CREATE INDEX "email_logs_created_at_idx" ON "email_logs"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_course_contents_email_course_id_day_number_key" ON "email_course_contents"("email_course_id", "day_number");

-- CreateIndex
CREATE INDEX "email_course_subscriptions_email_course_id_idx" ON "email_course_subscriptions"("email_course_id");

-- CreateIndex
CREATE INDEX "email_course_subscriptions_status_next_send_at_idx" ON "email_course_subscriptions"("status", "next_send_at");

-- CreateIndex
CREATE UNIQUE INDEX "email_course_subscriptions_user_id_email_course_id_key" ON "email_course_subscriptions"("user_id", "email_course_id");

-- CreateIndex
CREATE INDEX "ai_conversations_user_id_last_message_at_idx" ON "ai_conversations"("user_id", "last_message_at");

-- CreateIndex
CREATE INDEX "ai_conversations_course_id_idx" ON "ai_conversations"("course_id");

-- CreateIndex
CREATE INDEX "ai_conversations_lesson_id_idx" ON "ai_conversations"("lesson_id");

-- CreateIndex
CREATE INDEX "ai_conversations_is_active_requires_human_review_idx" ON "ai_conversations"("is_active", "requires_human_review");

-- CreateIndex
CREATE INDEX "ai_messages_conversation_id_created_at_idx" ON "ai_messages"("conversation_id", "created_at");

-- CreateIndex
CREATE INDEX "ai_messages_created_at_idx" ON "ai_messages"("created_at");

-- CreateIndex
CREATE INDEX "venues_city_idx" ON "venues"("city");

-- CreateIndex
CREATE INDEX "venues_is_active_idx" ON "venues"("is_active");

-- CreateIndex
CREATE INDEX "course_schedules_course_id_starts_at_idx" ON "course_schedules"("course_id", "starts_at");

-- CreateIndex
CREATE INDEX "course_schedules_venue_id_starts_at_idx" ON "course_schedules"("venue_id", "starts_at");

-- CreateIndex
CREATE INDEX "course_schedules_instructor_id_starts_at_idx" ON "course_schedules"("instructor_id", "starts_at");

-- CreateIndex
CREATE INDEX "course_schedules_created_by_id_idx" ON "course_schedules"("created_by_id");

-- CreateIndex
CREATE INDEX "course_schedules_status_starts_at_idx" ON "course_schedules"("status", "starts_at");

-- CreateIndex
CREATE INDEX "course_schedules_starts_at_idx" ON "course_schedules"("starts_at");

-- CreateIndex
CREATE INDEX "tutoring_sessions_expert_id_is_active_idx" ON "tutoring_sessions"("expert_id", "is_active");

-- CreateIndex
CREATE INDEX "tutoring_sessions_topic_tags_idx" ON "tutoring_sessions" USING GIN ("topic_tags");

-- CreateIndex
CREATE INDEX "availability_windows_expert_id_day_of_week_idx" ON "availability_windows"("expert_id", "day_of_week");

-- CreateIndex
CREATE INDEX "bookable_slots_expert_id_starts_at_idx" ON "bookable_slots"("expert_id", "starts_at");

-- CreateIndex
CREATE INDEX "bookable_slots_status_starts_at_idx" ON "bookable_slots"("status", "starts_at");

-- CreateIndex
CREATE INDEX "bookable_slots_availability_window_id_idx" ON "bookable_slots"("availability_window_id");

-- CreateIndex
CREATE UNIQUE INDEX "bookable_slots_tutoring_session_id_starts_at_key" ON "bookable_slots"("tutoring_session_id", "starts_at");

-- AddForeignKey
ALTER TABLE "activity_logs" ADD CONSTRAINT "activity_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analytics_events" ADD CONSTRAINT "analytics_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "expert_profiles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_tutoring_session_id_fkey" FOREIGN KEY ("tutoring_session_id") REFERENCES "tutoring_sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "bookable_slots"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_schedule_id_fkey" FOREIGN KEY ("schedule_id") REFERENCES "course_schedules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_discount_code_id_fkey" FOREIGN KEY ("discount_code_id") REFERENCES "discount_codes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_cancelled_by_id_fkey" FOREIGN KEY ("cancelled_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "courses" ADD CONSTRAINT "courses_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_modules" ADD CONSTRAINT "course_modules_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lessons" ADD CONSTRAINT "lessons_module_id_fkey" FOREIGN KEY ("module_id") REFERENCES "course_modules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resources" ADD CONSTRAINT "resources_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "favorites" ADD CONSTRAINT "favorites_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "favorites" ADD CONSTRAINT "favorites_resource_id_fkey" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wishlist_items" ADD CONSTRAINT "wishlist_items_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_reviews" ADD CONSTRAINT "course_reviews_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_reviews" ADD CONSTRAINT "course_reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_discussions" ADD CONSTRAINT "course_discussions_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_discussions" ADD CONSTRAINT "course_discussions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_discussions" ADD CONSTRAINT "course_discussions_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "course_discussions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_discount_code_id_fkey" FOREIGN KEY ("discount_code_id") REFERENCES "discount_codes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_parent_transaction_id_fkey" FOREIGN KEY ("parent_transaction_id") REFERENCES "payment_transactions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_individual_course_id_fkey" FOREIGN KEY ("individual_course_id") REFERENCES "individual_courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment_transactions" ADD CONSTRAINT "payment_transactions_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_codes" ADD CONSTRAINT "discount_codes_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_discount_code_id_fkey" FOREIGN KEY ("discount_code_id") REFERENCES "discount_codes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "discount_redemptions" ADD CONSTRAINT "discount_redemptions_transaction_id_fkey" FOREIGN KEY ("transaction_id") REFERENCES "payment_transactions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_individual_course_id_fkey" FOREIGN KEY ("individual_course_id") REFERENCES "individual_courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expert_profiles" ADD CONSTRAINT "expert_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learner_profiles" ADD CONSTRAINT "learner_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instructor_applications" ADD CONSTRAINT "instructor_applications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instructor_applications" ADD CONSTRAINT "instructor_applications_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "refresh_tokens"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_individual_course_id_fkey" FOREIGN KEY ("individual_course_id") REFERENCES "individual_courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_courses" ADD CONSTRAINT "individual_courses_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_courses" ADD CONSTRAINT "individual_courses_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_courses" ADD CONSTRAINT "individual_courses_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_sessions" ADD CONSTRAINT "individual_sessions_individual_course_id_fkey" FOREIGN KEY ("individual_course_id") REFERENCES "individual_courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_individual_course_id_fkey" FOREIGN KEY ("individual_course_id") REFERENCES "individual_courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_revised_from_id_fkey" FOREIGN KEY ("revised_from_id") REFERENCES "course_quotes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_quotes" ADD CONSTRAINT "course_quotes_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote_access_tokens" ADD CONSTRAINT "quote_access_tokens_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "course_quotes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_last_lesson_id_fkey" FOREIGN KEY ("last_lesson_id") REFERENCES "lessons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_questions" ADD CONSTRAINT "quiz_questions_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "quizzes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "code_challenges" ADD CONSTRAINT "code_challenges_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "code_challenges" ADD CONSTRAINT "code_challenges_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "code_submissions" ADD CONSTRAINT "code_submissions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "code_submissions" ADD CONSTRAINT "code_submissions_challenge_id_fkey" FOREIGN KEY ("challenge_id") REFERENCES "code_challenges"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_enrollment_id_fkey" FOREIGN KEY ("enrollment_id") REFERENCES "enrollments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learning_analytics_days" ADD CONSTRAINT "learning_analytics_days_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_live_session_id_fkey" FOREIGN KEY ("live_session_id") REFERENCES "live_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_participants" ADD CONSTRAINT "session_participants_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_logs" ADD CONSTRAINT "email_logs_booking_id_fkey" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_logs" ADD CONSTRAINT "email_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_course_contents" ADD CONSTRAINT "email_course_contents_email_course_id_fkey" FOREIGN KEY ("email_course_id") REFERENCES "email_courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_course_subscriptions" ADD CONSTRAINT "email_course_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_course_subscriptions" ADD CONSTRAINT "email_course_subscriptions_email_course_id_fkey" FOREIGN KEY ("email_course_id") REFERENCES "email_courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_conversations" ADD CONSTRAINT "ai_conversations_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "lessons"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ai_messages" ADD CONSTRAINT "ai_messages_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "ai_conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_venue_id_fkey" FOREIGN KEY ("venue_id") REFERENCES "venues"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "course_schedules" ADD CONSTRAINT "course_schedules_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tutoring_sessions" ADD CONSTRAINT "tutoring_sessions_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "expert_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "availability_windows" ADD CONSTRAINT "availability_windows_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "expert_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_tutoring_session_id_fkey" FOREIGN KEY ("tutoring_session_id") REFERENCES "tutoring_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_expert_id_fkey" FOREIGN KEY ("expert_id") REFERENCES "expert_profiles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bookable_slots" ADD CONSTRAINT "bookable_slots_availability_window_id_fkey" FOREIGN KEY ("availability_window_id") REFERENCES "availability_windows"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Rules Prisma cannot express (prisma/sql/constraints.sql): extensions, exclusion
-- constraints and CHECKs. Prisma's diff ignores them, so later migrations keep them.
-- ---------------------------------------------------------------------------
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
