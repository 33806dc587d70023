-- The team view, the organisation report and the unit lists find the active people of many
-- units at once (the report counts all 20,000 of a municipality at every request): with
-- `active` in the index, the counts never read the people's rows, and the lists read only
-- those of active people.

DROP INDEX people_by_unit;
CREATE INDEX people_by_unit ON people (unit_id, active);
