-- Audit entries name the changed object by its GraphQL type (auditEntityType in
-- api/src/modules/audit/audit-log.ts); rows written before used snake_case names.
UPDATE "audit_logs"
SET "entity_type" = CASE lower("entity_type")
    WHEN 'module' THEN 'CourseModule'
    WHEN 'payment_transaction' THEN 'Payment'
    ELSE replace(initcap(replace("entity_type", '_', ' ')), ' ', '')
  END
WHERE "entity_type" ~ '^[a-z]';
