-- Regions the public site files projects under (a facet of /projects), with their member countries
-- and their names in English, French and Russian. Regions do not overlap, so a project whose
-- countries all lie in one region can be filed under it without choosing.
-- Fixed ids below the sequence's new start, so that regions created later never collide.

INSERT INTO region (id, version, code, name_en, name_fr, name_ru) VALUES
    (901, 0, 'eastern-partnership', 'Eastern Partnership', 'Partenariat oriental', 'Восточное партнёрство'),
    (902, 0, 'central-asia', 'Central Asia', 'Asie centrale', 'Центральная Азия'),
    (903, 0, 'sahel', 'Sahel', 'Sahel', 'Сахель'),
    (904, 0, 'western-balkans', 'Western Balkans', 'Balkans occidentaux', 'Западные Балканы'),
    (905, 0, 'north-africa', 'North Africa', 'Afrique du Nord', 'Северная Африка'),
    (906, 0, 'silk-routes', 'Silk Routes', 'Routes de la soie', 'Шёлковый путь'),
    (907, 0, 'middle-east', 'Middle East', 'Moyen-Orient', 'Ближний Восток');

INSERT INTO region_country (region_id, country_code) VALUES
    (901, 'AM'), (901, 'AZ'), (901, 'BY'), (901, 'GE'), (901, 'MD'), (901, 'UA'),
    (902, 'KZ'), (902, 'KG'), (902, 'TJ'), (902, 'TM'), (902, 'UZ'),
    (903, 'BF'), (903, 'ML'), (903, 'MR'), (903, 'NE'), (903, 'TD'),
    (904, 'AL'), (904, 'BA'), (904, 'ME'), (904, 'MK'), (904, 'RS'),
    (905, 'DZ'), (905, 'EG'), (905, 'LY'), (905, 'MA'), (905, 'TN'),
    (906, 'AF'), (906, 'BD'), (906, 'IQ'), (906, 'IR'), (906, 'PK'),
    (907, 'JO'), (907, 'LB'), (907, 'SY');

ALTER SEQUENCE region_seq RESTART WITH 1001;
