-- Whether a teacher of the roster holds a teacher qualification certificate (教师资格证), when the
-- roster says: the school's reported count of certified teachers (guarantee item 12) is checked against it.
ALTER TABLE teacher ADD COLUMN certified BOOLEAN;
