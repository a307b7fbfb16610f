-- Run once by the postgres image when its data folder is new: the role the running API signs in as.
-- Koers's migrations (as the owner, `koers`) grant it what it needs; it owns nothing and cannot change
-- the schema or the audit log. Change the password here and in docker-compose.yml together.
CREATE ROLE koers_app LOGIN PASSWORD 'koers-app';
