-- Reference data: Shanghai's 16 districts (REFERENCE.md §5) and user accounts.

CREATE TABLE district (
    code      CHAR(6)      NOT NULL,
    name_zh   VARCHAR(16)  NOT NULL,
    name_en   VARCHAR(32)  NOT NULL,
    pinyin    VARCHAR(32)  NOT NULL,
    sort_order INT         NOT NULL,
    PRIMARY KEY (code)
);

INSERT INTO district (code, name_zh, name_en, pinyin, sort_order) VALUES
 ('310101', '黄浦区',   'Huangpu',         'Huángpǔ Qū',     1),
 ('310104', '徐汇区',   'Xuhui',           'Xúhuì Qū',       2),
 ('310105', '长宁区',   'Changning',       'Chángníng Qū',   3),
 ('310106', '静安区',   'Jing''an',        'Jìng''ān Qū',    4),
 ('310107', '普陀区',   'Putuo',           'Pǔtuó Qū',       5),
 ('310109', '虹口区',   'Hongkou',         'Hóngkǒu Qū',     6),
 ('310110', '杨浦区',   'Yangpu',          'Yángpǔ Qū',      7),
 ('310112', '闵行区',   'Minhang',         'Mǐnháng Qū',     8),
 ('310113', '宝山区',   'Baoshan',         'Bǎoshān Qū',     9),
 ('310114', '嘉定区',   'Jiading',         'Jiādìng Qū',    10),
 ('310115', '浦东新区', 'Pudong New Area', 'Pǔdōng Xīnqū',  11),
 ('310116', '金山区',   'Jinshan',         'Jīnshān Qū',    12),
 ('310117', '松江区',   'Songjiang',       'Sōngjiāng Qū',  13),
 ('310118', '青浦区',   'Qingpu',          'Qīngpǔ Qū',     14),
 ('310120', '奉贤区',   'Fengxian',        'Fèngxián Qū',   15),
 ('310151', '崇明区',   'Chongming',       'Chóngmíng Qū',  16);

CREATE TABLE app_user (
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(100) NOT NULL,
    display_name   VARCHAR(64)  NOT NULL,
    -- staff (INSPECTOR, SUPERVISOR, UNION_REVIEWER, SUBSIDY_OFFICER) belong to a district
    district_code  CHAR(6)      NULL,
    -- an EMPLOYER account acts for one employer
    employer_credit_code CHAR(18) NULL,
    -- an EMPLOYEE account carries the person's real name and resident ID number
    real_name      VARCHAR(64)  NULL,
    resident_id    CHAR(18)     NULL,
    phone          VARCHAR(20)  NULL,
    enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
    demo_account   BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT fk_user_district FOREIGN KEY (district_code) REFERENCES district (code)
);
CREATE INDEX ix_user_district ON app_user (district_code);
CREATE INDEX ix_user_employer ON app_user (employer_credit_code);

CREATE TABLE app_user_role (
    username  VARCHAR(64) NOT NULL,
    role      VARCHAR(32) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_role_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);
