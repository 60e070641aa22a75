-- PPPK ranks such as PPPK_VIII, PPPK_XIII and PPPK_XVII have nine characters.
ALTER TABLE employee ALTER COLUMN golongan SET DATA TYPE VARCHAR(16);
