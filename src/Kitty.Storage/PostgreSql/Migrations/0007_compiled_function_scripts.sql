-- The JavaScript a version's handler script (TypeScript or JavaScript) compiled to when it was deployed, so invocations
-- never compile. NULL for versions deployed before: they were JavaScript and run as written.
ALTER TABLE function_versions ADD COLUMN compiled_script TEXT;
