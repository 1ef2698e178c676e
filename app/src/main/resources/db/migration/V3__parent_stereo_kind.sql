-- How enhanced stereo qualifies a parent's stereocentres (ABSOLUTE, RACEMIC, RELATIVE): a racemate shares the standard
-- InChIKey with the enantiomer it is drawn as, so a match on that key is a tautomer only between parents of one kind.
alter table parents add column stereo_kind varchar(16) not null default 'ABSOLUTE'
    check (stereo_kind in ('ABSOLUTE', 'RACEMIC', 'RELATIVE', 'MIXED'));
