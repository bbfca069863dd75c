-- Each music and art room's floor area (m², separated by ';'), optional: for provinces that count the
-- rooms meeting the area rather than judging the smallest room.
ALTER TABLE school_statistics ADD COLUMN music_room_areas VARCHAR(2000);
ALTER TABLE school_statistics ADD COLUMN art_room_areas VARCHAR(2000);
