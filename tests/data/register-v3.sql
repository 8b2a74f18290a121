-- Daicho register, schema version 3: register-v2.sql exported to JSON, given outlines for three areas, points
-- for two assets and a floor plan (4×3 PNG background, one door), and imported into a new register with
-- daicho-cli (2026-11-22).
-- sqlite3 .dump does not carry the header fields, so they are set at the end.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (
    id    INTEGER PRIMARY KEY,
    key   TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);
INSERT INTO settings VALUES(1,'scheme','{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}');
INSERT INTO settings VALUES(2,'title','みどり市 情報資産管理台帳（デモ）');
INSERT INTO settings VALUES(3,'zoneTable','{"categories":[{"code":"SRV","label":{"en":"Servers and similar","ja":"サーバ等"},"match":{"server":true},"store":3,"use":2},{"code":"STORE_A","label":{"en":"PCs and media storing importance A information","ja":"重要度Aの情報を保存したパソコン・媒体"},"match":{"stores":["A"]},"store":3,"use":2},{"code":"REMOTE","label":{"en":"Devices that can remote-operate servers","ja":"サーバをリモート操作することができる機器"},"match":{"remote":true},"store":3,"use":2},{"code":"ACCESS_A","label":{"en":"Devices that can access importance A information","ja":"重要度Aの情報にアクセスできる機器"},"match":{"accesses":["A"]},"store":2,"use":2},{"code":"STORE_B","label":{"en":"PCs and media storing importance B information","ja":"重要度Bの情報を保存したパソコン・媒体"},"match":{"stores":["B"]},"store":2,"use":1},{"code":"STORE_C","label":{"en":"PCs and media storing importance C information","ja":"重要度Cの情報を保存したパソコン・媒体"},"match":{"stores":["C"]},"store":1,"use":1},{"code":"ACCESS_BC","label":{"en":"Devices that can access importance B or C information","ja":"重要度B・Cの情報にアクセスできる機器"},"match":{"accesses":["B","C"]},"store":1,"use":1}],"format":"daicho-zone-table","id":"kishiwada-hyo5","name":{"en":"Kishiwada Table 5 (zones and asset placement)","ja":"岸和田市 表5（区画と情報資産の配置）"},"version":1}');
CREATE TABLE departments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    parent_id  INTEGER REFERENCES departments(id),
    valid_from TEXT,
    valid_to   TEXT
);
INSERT INTO departments VALUES(1,'0100','総務部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(2,'0110','総務課',1,'2020-04-01',NULL);
INSERT INTO departments VALUES(3,'0120','人事課',1,'2020-04-01',NULL);
INSERT INTO departments VALUES(4,'0130','情報政策課',1,'2020-04-01',NULL);
INSERT INTO departments VALUES(5,'0140','財政課',1,'2020-04-01',NULL);
INSERT INTO departments VALUES(6,'0150','契約管財課',1,'2020-04-01',NULL);
INSERT INTO departments VALUES(7,'0160','危機管理課',1,'2020-04-01',NULL);
INSERT INTO departments VALUES(8,'0200','企画政策部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(9,'0210','企画課',8,'2020-04-01',NULL);
INSERT INTO departments VALUES(10,'0220','広報広聴課',8,'2020-04-01',NULL);
INSERT INTO departments VALUES(11,'0230','行政改革推進室',8,'2020-04-01','2022-03-31');
INSERT INTO departments VALUES(12,'0300','市民部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(13,'0310','市民課',12,'2020-04-01',NULL);
INSERT INTO departments VALUES(14,'0320','保険年金課',12,'2020-04-01',NULL);
INSERT INTO departments VALUES(15,'0330','市民協働課',12,'2020-04-01',NULL);
INSERT INTO departments VALUES(16,'0400','税務部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(17,'0410','市民税課',16,'2020-04-01',NULL);
INSERT INTO departments VALUES(18,'0420','資産税課',16,'2020-04-01',NULL);
INSERT INTO departments VALUES(19,'0430','納税課',16,'2020-04-01',NULL);
INSERT INTO departments VALUES(20,'0500','健康福祉部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(21,'0510','福祉総務課',20,'2020-04-01',NULL);
INSERT INTO departments VALUES(22,'0520','障害福祉課',20,'2020-04-01',NULL);
INSERT INTO departments VALUES(23,'0530','介護保険課',20,'2020-04-01',NULL);
INSERT INTO departments VALUES(24,'0540','生活福祉課',20,'2020-04-01',NULL);
INSERT INTO departments VALUES(25,'0550','子育て支援課',20,'2020-04-01',NULL);
INSERT INTO departments VALUES(26,'0560','健康推進課',20,'2020-04-01',NULL);
INSERT INTO departments VALUES(27,'0700','環境部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(28,'0710','環境政策課',27,'2020-04-01',NULL);
INSERT INTO departments VALUES(29,'0720','ごみ対策課',27,'2020-04-01',NULL);
INSERT INTO departments VALUES(30,'0800','産業振興部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(31,'0810','商工観光課',30,'2020-04-01',NULL);
INSERT INTO departments VALUES(32,'0820','農林課',30,'2020-04-01',NULL);
INSERT INTO departments VALUES(33,'0900','建設部',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(34,'0910','道路課',33,'2020-04-01',NULL);
INSERT INTO departments VALUES(35,'0920','都市計画課',33,'2020-04-01',NULL);
INSERT INTO departments VALUES(36,'0930','建築指導課',33,'2020-04-01',NULL);
INSERT INTO departments VALUES(37,'0940','下水道課',33,'2020-04-01',NULL);
INSERT INTO departments VALUES(38,'1000','会計管理者',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(39,'1010','会計課',38,'2020-04-01',NULL);
INSERT INTO departments VALUES(40,'1100','議会事務局',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(41,'1110','議事課',40,'2020-04-01',NULL);
INSERT INTO departments VALUES(42,'1200','行政委員会事務局',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(43,'1210','選挙管理委員会事務局',42,'2020-04-01',NULL);
INSERT INTO departments VALUES(44,'1220','監査委員事務局',42,'2020-04-01',NULL);
INSERT INTO departments VALUES(45,'1300','教育委員会事務局',NULL,'2020-04-01',NULL);
INSERT INTO departments VALUES(46,'1310','教育総務課',45,'2020-04-01',NULL);
INSERT INTO departments VALUES(47,'1320','学校教育課',45,'2020-04-01',NULL);
INSERT INTO departments VALUES(48,'1330','生涯学習課',45,'2020-04-01',NULL);
INSERT INTO departments VALUES(49,'1340','中央図書館',45,'2020-04-01',NULL);
CREATE TABLE people (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    roles         TEXT NOT NULL DEFAULT ''
);
INSERT INTO people VALUES(1,'橋本　千尋',2,'情報セキュリティ責任者');
INSERT INTO people VALUES(2,'金子　裕子',2,'情報セキュリティ担当者');
INSERT INTO people VALUES(3,'池田　博之',2,'情報システム管理者');
INSERT INTO people VALUES(4,'古川　理恵',2,'');
INSERT INTO people VALUES(5,'今井　実',3,'情報セキュリティ責任者');
INSERT INTO people VALUES(6,'新井　千尋',3,'情報セキュリティ担当者');
INSERT INTO people VALUES(7,'山田　奈々',3,'情報システム管理者');
INSERT INTO people VALUES(8,'野村　和也',4,'情報セキュリティ責任者');
INSERT INTO people VALUES(9,'酒井　理恵',4,'情報セキュリティ担当者');
INSERT INTO people VALUES(10,'中山　さくら',4,'情報システム管理者');
INSERT INTO people VALUES(11,'桜井　勝',5,'情報セキュリティ責任者');
INSERT INTO people VALUES(12,'松尾　香織',5,'情報セキュリティ担当者');
INSERT INTO people VALUES(13,'原田　修',5,'情報システム管理者');
INSERT INTO people VALUES(14,'村田　純子',6,'情報セキュリティ責任者');
INSERT INTO people VALUES(15,'水野　剛',6,'情報セキュリティ担当者');
INSERT INTO people VALUES(16,'中川　康弘',6,'情報システム管理者');
INSERT INTO people VALUES(17,'遠藤　淳',7,'情報セキュリティ責任者');
INSERT INTO people VALUES(18,'中川　雄一',7,'情報セキュリティ担当者');
INSERT INTO people VALUES(19,'石田　一郎',7,'情報システム管理者');
INSERT INTO people VALUES(20,'宮崎　一郎',9,'情報セキュリティ責任者');
INSERT INTO people VALUES(21,'藤原　悟',9,'情報セキュリティ担当者');
INSERT INTO people VALUES(22,'高橋　めぐみ',9,'');
INSERT INTO people VALUES(23,'前田　香織',10,'情報セキュリティ責任者');
INSERT INTO people VALUES(24,'安藤　康弘',10,'情報セキュリティ担当者');
INSERT INTO people VALUES(25,'藤本　翔太',10,'情報システム管理者');
INSERT INTO people VALUES(26,'柴田　愛',13,'情報セキュリティ責任者');
INSERT INTO people VALUES(27,'水野　沙織',13,'情報セキュリティ担当者');
INSERT INTO people VALUES(28,'藤井　美咲',13,'情報システム管理者');
INSERT INTO people VALUES(29,'上野　正人',14,'情報セキュリティ責任者');
INSERT INTO people VALUES(30,'金子　康弘',14,'情報セキュリティ担当者');
INSERT INTO people VALUES(31,'佐野　修',14,'情報システム管理者');
INSERT INTO people VALUES(32,'久保　幸子',15,'情報セキュリティ責任者');
INSERT INTO people VALUES(33,'小島　雄一',15,'情報セキュリティ担当者');
INSERT INTO people VALUES(34,'西村　沙織',17,'情報セキュリティ責任者');
INSERT INTO people VALUES(35,'池田　健司',17,'情報セキュリティ担当者');
INSERT INTO people VALUES(36,'酒井　明美',17,'情報システム管理者');
INSERT INTO people VALUES(37,'岡本　裕子',18,'情報セキュリティ責任者');
INSERT INTO people VALUES(38,'大塚　典子',18,'情報セキュリティ担当者');
INSERT INTO people VALUES(39,'村上　理恵',18,'');
INSERT INTO people VALUES(40,'石井　一郎',19,'情報セキュリティ責任者');
INSERT INTO people VALUES(41,'菅原　真理',19,'情報セキュリティ担当者');
INSERT INTO people VALUES(42,'前田　智子',19,'');
INSERT INTO people VALUES(43,'中野　浩',21,'情報セキュリティ責任者');
INSERT INTO people VALUES(44,'島田　智子',21,'情報セキュリティ担当者');
INSERT INTO people VALUES(45,'和田　蓮',22,'情報セキュリティ責任者');
INSERT INTO people VALUES(46,'横山　真理',22,'情報セキュリティ担当者');
INSERT INTO people VALUES(47,'上田　麻衣',22,'情報システム管理者');
INSERT INTO people VALUES(48,'高木　浩二',22,'');
INSERT INTO people VALUES(49,'伊藤　香織',23,'情報セキュリティ責任者');
INSERT INTO people VALUES(50,'長谷川　沙織',23,'情報セキュリティ担当者');
INSERT INTO people VALUES(51,'野村　誠',23,'情報システム管理者');
INSERT INTO people VALUES(52,'加藤　和也',23,'');
INSERT INTO people VALUES(53,'遠藤　綾香',24,'情報セキュリティ責任者');
INSERT INTO people VALUES(54,'藤井　翔太',24,'情報セキュリティ担当者');
INSERT INTO people VALUES(55,'小野　健司',24,'情報システム管理者');
INSERT INTO people VALUES(56,'西村　健太',25,'情報セキュリティ責任者');
INSERT INTO people VALUES(57,'山本　陽子',25,'情報セキュリティ担当者');
INSERT INTO people VALUES(58,'中野　拓也',25,'情報システム管理者');
INSERT INTO people VALUES(59,'中野　裕子',26,'情報セキュリティ責任者');
INSERT INTO people VALUES(60,'鈴木　彩',26,'情報セキュリティ担当者');
INSERT INTO people VALUES(61,'山崎　舞',26,'情報システム管理者');
INSERT INTO people VALUES(62,'桜井　正人',26,'');
INSERT INTO people VALUES(63,'工藤　麻衣',28,'情報セキュリティ責任者');
INSERT INTO people VALUES(64,'斉藤　美穂',28,'情報セキュリティ担当者');
INSERT INTO people VALUES(65,'小島　剛',29,'情報セキュリティ責任者');
INSERT INTO people VALUES(66,'野村　恵子',29,'情報セキュリティ担当者');
INSERT INTO people VALUES(67,'菊地　秀樹',29,'');
INSERT INTO people VALUES(68,'松田　健司',31,'情報セキュリティ責任者');
INSERT INTO people VALUES(69,'中野　正人',31,'情報セキュリティ担当者');
INSERT INTO people VALUES(70,'村田　幸子',31,'');
INSERT INTO people VALUES(71,'青木　美咲',32,'情報セキュリティ責任者');
INSERT INTO people VALUES(72,'山本　さくら',32,'情報セキュリティ担当者');
INSERT INTO people VALUES(73,'中野　真理',32,'');
INSERT INTO people VALUES(74,'山田　和也',34,'情報セキュリティ責任者');
INSERT INTO people VALUES(75,'藤本　博之',34,'情報セキュリティ担当者');
INSERT INTO people VALUES(76,'久保　恵子',34,'情報システム管理者');
INSERT INTO people VALUES(77,'松尾　翼',35,'情報セキュリティ責任者');
INSERT INTO people VALUES(78,'佐々木　聡',35,'情報セキュリティ担当者');
INSERT INTO people VALUES(79,'中島　学',35,'情報システム管理者');
INSERT INTO people VALUES(80,'渡辺　明美',36,'情報セキュリティ責任者');
INSERT INTO people VALUES(81,'藤原　京子',36,'情報セキュリティ担当者');
INSERT INTO people VALUES(82,'宮本　真理',36,'');
INSERT INTO people VALUES(83,'島田　翼',36,'');
INSERT INTO people VALUES(84,'原田　達也',37,'情報セキュリティ責任者');
INSERT INTO people VALUES(85,'久保　沙織',37,'情報セキュリティ担当者');
INSERT INTO people VALUES(86,'中川　悟',37,'情報システム管理者');
INSERT INTO people VALUES(87,'高橋　誠',37,'');
INSERT INTO people VALUES(88,'杉山　幸子',39,'情報セキュリティ責任者');
INSERT INTO people VALUES(89,'上野　蓮',39,'情報セキュリティ担当者');
INSERT INTO people VALUES(90,'三浦　さくら',39,'');
INSERT INTO people VALUES(91,'山田　淳',39,'');
INSERT INTO people VALUES(92,'藤田　達也',41,'情報セキュリティ責任者');
INSERT INTO people VALUES(93,'平野　智子',41,'情報セキュリティ担当者');
INSERT INTO people VALUES(94,'池田　浩二',41,'情報システム管理者');
INSERT INTO people VALUES(95,'高田　優子',43,'情報セキュリティ責任者');
INSERT INTO people VALUES(96,'杉本　美穂',43,'情報セキュリティ担当者');
INSERT INTO people VALUES(97,'渡辺　美咲',43,'情報システム管理者');
INSERT INTO people VALUES(98,'斉藤　典子',44,'情報セキュリティ責任者');
INSERT INTO people VALUES(99,'岩崎　康弘',44,'情報セキュリティ担当者');
INSERT INTO people VALUES(100,'安藤　千尋',44,'');
INSERT INTO people VALUES(101,'髙橋　大樹',44,'');
INSERT INTO people VALUES(102,'山崎　博之',46,'情報セキュリティ責任者');
INSERT INTO people VALUES(103,'木下　一郎',46,'情報セキュリティ担当者');
INSERT INTO people VALUES(104,'中野　智子',47,'情報セキュリティ責任者');
INSERT INTO people VALUES(105,'西村　哲也',47,'情報セキュリティ担当者');
INSERT INTO people VALUES(106,'中川　さくら',47,'情報システム管理者');
INSERT INTO people VALUES(107,'西村　博之',48,'情報セキュリティ責任者');
INSERT INTO people VALUES(108,'林　千尋',48,'情報セキュリティ担当者');
INSERT INTO people VALUES(109,'山崎　裕子',48,'');
INSERT INTO people VALUES(110,'大塚　剛',48,'');
INSERT INTO people VALUES(111,'谷口　美咲',49,'情報セキュリティ責任者');
INSERT INTO people VALUES(112,'池田　さくら',49,'情報セキュリティ担当者');
INSERT INTO people VALUES(113,'谷口　浩',49,'情報システム管理者');
CREATE TABLE assets (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    number                  TEXT NOT NULL UNIQUE,
    department_id           INTEGER NOT NULL REFERENCES departments(id),
    business_category       TEXT NOT NULL DEFAULT '',
    name                    TEXT NOT NULL,
    kind                    TEXT NOT NULL,
    system_id               INTEGER REFERENCES assets(id),
    segment                 TEXT NOT NULL,
    user_scope              TEXT NOT NULL DEFAULT '',
    manager_id              INTEGER REFERENCES people(id),
    medium                  TEXT NOT NULL DEFAULT '',
    personal_info           INTEGER NOT NULL DEFAULT 0,
    sensitive_personal_info INTEGER NOT NULL DEFAULT 0,
    my_number               INTEGER NOT NULL DEFAULT 0,
    subject_count           INTEGER NOT NULL DEFAULT -1,
    confidentiality         TEXT NOT NULL DEFAULT '',
    integrity               TEXT NOT NULL DEFAULT '',
    availability            TEXT NOT NULL DEFAULT '',
    importance              TEXT NOT NULL DEFAULT '',
    restrictions            TEXT NOT NULL DEFAULT '',
    measures                TEXT NOT NULL DEFAULT '',
    encrypted               INTEGER NOT NULL DEFAULT 0,
    wire_locked             INTEGER NOT NULL DEFAULT 0,
    can_remote_operate      INTEGER NOT NULL DEFAULT 0,
    provision               TEXT NOT NULL DEFAULT 'issued',
    retention_period        TEXT NOT NULL DEFAULT '',
    retention_until         TEXT,
    registered_on           TEXT,
    updated_on              TEXT,
    updated_by              TEXT NOT NULL DEFAULT '',
    notes                   TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL DEFAULT 'active'
, use_place_id INTEGER REFERENCES places(id), store_place_id INTEGER REFERENCES places(id), use_point TEXT, store_point TEXT);
INSERT INTO assets VALUES(1,'0310-0001',13,'住民基本台帳事務','住民記録システム','system',NULL,'mynumber','市民課及び関係課職員',28,'サーバ（庁内）',1,0,1,120000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:1;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:0;LOCKED_STORAGE:1;BACKUP:0;ELECTRONIC_SIGNATURE:1;RTO_DEFINED:1',0,0,0,'issued','',NULL,'2020-04-01','2026-03-29','水野　沙織','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(2,'0410-0001',17,'市民税・固定資産税の賦課徴収','税務システム','system',NULL,'mynumber','市民税課及び関係課職員',36,'サーバ（庁内）',1,0,1,98000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:1;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:0;RTO_DEFINED:0',0,0,0,'issued','',NULL,'2020-04-01','2020-06-20','池田　健司','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(3,'0310-0002',13,'住民基本台帳事務','住民記録APサーバ','server',NULL,'mynumber','情報システム管理者',28,'電算室 サーバラック1（マイナンバー利用事務系）',0,0,0,-1,'','','','','','',0,0,0,'issued','',NULL,'2020-04-01','2026-11-22','情報政策課 山本','','active',7,NULL,'1000,1000',NULL);
INSERT INTO assets VALUES(4,'0310-0003',13,'住民基本台帳事務','住民記録DBサーバ','server',NULL,'mynumber','情報システム管理者',28,'電算室 サーバラック1（マイナンバー利用事務系）',0,0,0,-1,'','','','','','',0,0,0,'issued','',NULL,'2020-04-01','2021-12-22','水野　沙織','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(5,'0310-0004',13,'情報機器管理','シンクライアント端末','pc',NULL,'mynumber','市民課職員',27,'執務室',0,0,0,-1,'','','','','','',0,1,0,'issued','',NULL,'2024-10-22','2026-11-22','情報政策課 山本','多要素認証（生体認証）、USBメモリへの書き出し不可','active',4,5,'2000,2000','10900,6900');
INSERT INTO assets VALUES(6,'0720-0001',29,'情報機器管理','ノートパソコン','pc',NULL,'lgwan','ごみ対策課職員',66,'執務室',0,0,0,-1,'','','','','','',1,1,0,'issued','',NULL,'2021-06-19','2024-06-26','小島　剛','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(7,'0130-0001',4,'情報機器管理','デスクトップパソコン','pc',NULL,'lgwan','情報政策課職員',9,'執務室',0,0,0,-1,'','','','','','',1,1,0,'issued','',NULL,'2024-12-03','2024-12-03','中山　さくら','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(8,'1110-0001',41,'記録媒体管理','USBメモリ（暗号化機能付き）','removable-media',NULL,'lgwan','議事課職員',93,'キャビネット（施錠）',0,0,0,-1,'','','','','','',1,0,0,'issued','',NULL,'2023-04-30','2025-11-27','藤田　達也','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(9,'0430-0001',19,'統計','公開統計資料（令和6年度）','information',NULL,'lgwan','全職員',41,'ファイルサーバ',0,0,0,-1,'1','1','1','','','',0,0,0,'issued','10年','2035-03-31','2024-07-12','2025-08-11','前田　智子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(10,'0530-0001',23,'庶務','庶務関係文書（令和5年度）','paper',NULL,'none','介護保険課職員',50,'地下書庫',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','3年','2027-03-31','2023-05-24','2026-11-22','情報政策課 山本','','active',4,NULL,NULL,NULL);
INSERT INTO assets VALUES(11,'0550-0001',25,'庶務','課内会議録（令和6年度）','information',NULL,'lgwan','子育て支援課職員',57,'ファイルサーバ',0,0,0,-1,'2','1','1','',replace('関係者限り\n配付禁止','\n',char(10)),'NO_UNNEEDED_COPY:0;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:0;LOCKED_STORAGE:1',0,0,0,'issued','5年','2030-03-31','2024-10-04','2024-10-04','山本　陽子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(12,'0420-0001',18,'庶務','照会回答文書（令和7年度）','information',NULL,'lgwan','資産税課職員',37,'ファイルサーバ',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','3年','2029-03-31','2025-07-15','2026-03-05','岡本　裕子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(13,'0420-0002',18,'庶務','事務引継書（令和5年度）','paper',NULL,'none','資産税課職員',38,'地下書庫',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:0;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2029-03-31','2023-04-25','2026-01-24','大塚　典子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(14,'0930-0001',36,'建築指導','違反建築物調査記録（令和3年度）','paper',NULL,'none','建築指導課職員',80,'書庫（施錠）',1,0,0,42,'2','1','1','',replace('関係者限り\n配付禁止','\n',char(10)),'NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','10年','2032-03-31','2022-02-17','2024-12-26','渡辺　明美','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(15,'0130-0002',4,'情報システム運用','職員アカウント情報','information',NULL,'lgwan','情報政策課職員',9,'ファイルサーバ',1,0,0,1200,'2','2','2','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:0;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1;RTO_DEFINED:1',0,0,0,'issued','3年','2025-03-31','2021-08-22','2025-06-11','野村　和也','保存期限満了によりデータ消去','disposed',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(16,'0150-0001',6,'契約事務','入札参加資格審査申請書（令和5年度）','paper',NULL,'none','契約管財課職員',14,'キャビネット（施錠）',1,0,0,900,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:0;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2029-03-31','2023-11-18','2023-11-18','村田　純子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(17,'0410-0002',17,'個人住民税','課税データ（個人住民税）（令和3年度）','information',2,'mynumber','市民税課（担当者のみ）',35,'税務システム（データベース）',1,0,1,66000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:1;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:0;RTO_DEFINED:1',0,0,0,'issued','5年','2027-03-31','2021-06-10','2021-06-10','池田　健司','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(18,'1320-0001',47,'庶務','課内会議録（令和5年度）','information',NULL,'lgwan','学校教育課職員',104,'ファイルサーバ',0,0,0,-1,'2','1','1','',replace('関係者限り\n配付禁止','\n',char(10)),'NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2029-03-31','2023-10-10','2024-11-20','中野　智子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(19,'0910-0001',34,'道路管理','道路台帳データ','information',NULL,'lgwan','全職員',75,'ファイルサーバ',0,0,0,-1,'1','2','1','','','OFFSITE_MEASURES:0;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','永年',NULL,'2021-01-28','2021-01-28','久保　恵子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(20,'0940-0001',37,'下水道事業','受益者負担金賦課データ（令和5年度）','information',NULL,'lgwan','下水道課職員',84,'ファイルサーバ',1,0,0,36000,'2','2','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:0;ELECTRONIC_SIGNATURE:0',0,0,0,'issued','10年','2034-03-31','2024-02-14','2025-07-10','久保　沙織','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(21,'0420-0003',18,'固定資産税','土地地番図データ','information',NULL,'lgwan','資産税課職員',38,'ファイルサーバ',0,0,0,-1,'2','2','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:0;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:0;ELECTRONIC_SIGNATURE:0',0,0,0,'issued','永年',NULL,'2023-01-24','2023-01-24','大塚　典子','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(22,'1340-0001',49,'図書館運営','利用者登録申込書（令和7年度）','paper',NULL,'none','中央図書館職員',111,'書庫（施錠）',1,0,0,2300,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','3年','2029-03-31','2026-03-28','2026-03-28','谷口　浩','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(23,'0510-0001',21,'地域福祉','民生委員・児童委員名簿（令和2年度）','information',NULL,'lgwan','福祉総務課職員',43,'ファイルサーバ',1,0,0,240,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:0',0,0,0,'issued','3年','2024-03-31','2020-08-21','2024-06-12','中野　浩','保存期限満了によりデータ消去','disposed',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(24,'0160-0001',7,'防災','防災行政無線設備台帳','information',NULL,'lgwan','危機管理課職員',18,'ファイルサーバ',0,0,0,-1,'2','2','1','',replace('関係者限り\n配付禁止','\n',char(10)),'NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:0;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:0;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','10年','2036-03-31','2025-10-22','2026-03-04','石田　一郎','','active',NULL,NULL,NULL,NULL);
INSERT INTO assets VALUES(25,'0410-0003',17,'個人住民税','課税データ（個人住民税）（令和6年度）','information',2,'mynumber','市民税課（担当者のみ）',35,'税務システム（データベース）',1,0,1,75000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:0;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1;RTO_DEFINED:1',0,0,0,'issued','5年','2030-03-31','2025-01-12','2025-01-12','西村　沙織','','active',NULL,NULL,NULL,NULL);
CREATE TABLE asset_links (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    from_id INTEGER NOT NULL REFERENCES assets(id),
    to_id   INTEGER NOT NULL REFERENCES assets(id),
    type    TEXT NOT NULL,
    UNIQUE (from_id, to_id, type)
);
INSERT INTO asset_links VALUES(1,1,3,'runs-on');
INSERT INTO asset_links VALUES(2,1,4,'runs-on');
INSERT INTO asset_links VALUES(3,5,1,'can-access');
INSERT INTO asset_links VALUES(4,17,2,'stored-on');
INSERT INTO asset_links VALUES(5,25,2,'stored-on');
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    os_user   TEXT NOT NULL,
    person    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL,
    row_hash  TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
INSERT INTO audit_log VALUES(1,'2026-11-22T07:49:34.038Z','','','setting',0,'create','[{"field":"scheme","new":{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}},{"field":"settings","new":{}},{"field":"title","new":"情報資産管理台帳"}]','0ae6d6ab2a320480d6e1377020af20492a1425be5f8f483f997b7cc0e7f0837f','','eedd29bab75f7396350c8f15dc2d6f374dacc0595a42d8d5ad9a704915c5c69c');
INSERT INTO audit_log VALUES(2,'2026-11-22T07:49:34.080Z','','','department',1,'import','[]','2a6ac99232d87c9eb25b9491e3825e20c6451aa94a0ad0bf83aea561954a9ee0','eedd29bab75f7396350c8f15dc2d6f374dacc0595a42d8d5ad9a704915c5c69c','bba6487f9e4fb2a83d914d3e4a53887e696f49b26f1d473e16198ca1a227c81e');
INSERT INTO audit_log VALUES(3,'2026-11-22T07:49:34.080Z','','','department',2,'import','[]','02daf72117c3ebf71c417e2e38500a8cd00b823a916f7e7cc59b7fccee3b4b2f','bba6487f9e4fb2a83d914d3e4a53887e696f49b26f1d473e16198ca1a227c81e','123fa2069b7ebf38d26c06daf0d16c82b1f51e76966b4d0e85eeb9c9b39c5289');
INSERT INTO audit_log VALUES(4,'2026-11-22T07:49:34.080Z','','','department',3,'import','[]','2bb5a213a8948d55c1233955fa07d228d74eb126b84eb5d432e57fcdab8562c7','123fa2069b7ebf38d26c06daf0d16c82b1f51e76966b4d0e85eeb9c9b39c5289','151b701273397dc187e31e6210d5b9ca911b7734d818b9834ab36a994111ba7a');
INSERT INTO audit_log VALUES(5,'2026-11-22T07:49:34.080Z','','','department',4,'import','[]','862317cbba0df844aa79f451c2bc2affa624f367ce3f3255531c0a7d3cae17d3','151b701273397dc187e31e6210d5b9ca911b7734d818b9834ab36a994111ba7a','6ac1e91236c5f671316e83269c02ca91b5115e5ba77bf4a8f471ad41587fe815');
INSERT INTO audit_log VALUES(6,'2026-11-22T07:49:34.080Z','','','department',5,'import','[]','6bd5c7576876424b1d70b8c75385bd8f589569bad4b5fe6629e7155508dd22e7','6ac1e91236c5f671316e83269c02ca91b5115e5ba77bf4a8f471ad41587fe815','a19e8062c0808948bf381b35c2f3d2d9ebd6b7444b5ee87b5b3fffea2633da8d');
INSERT INTO audit_log VALUES(7,'2026-11-22T07:49:34.080Z','','','department',6,'import','[]','2985528dc481847e712c1d47c3372c4136cf088094e65dccc343ec2e5cb4876e','a19e8062c0808948bf381b35c2f3d2d9ebd6b7444b5ee87b5b3fffea2633da8d','531ed86979d0de699a4aafe8bd7b3f189ed15dfe1a2f4757b2d9c9f5e5384856');
INSERT INTO audit_log VALUES(8,'2026-11-22T07:49:34.080Z','','','department',7,'import','[]','088513191d41ff31feefa412a62248d061860c6eb2a1515bdb742b78cc71f2d2','531ed86979d0de699a4aafe8bd7b3f189ed15dfe1a2f4757b2d9c9f5e5384856','25ee984ae0facd7053a0eee19c3b3f4bb361fecb74c55b5862b867ae35457fbf');
INSERT INTO audit_log VALUES(9,'2026-11-22T07:49:34.080Z','','','department',8,'import','[]','7cfcaba45f677d6f9e0dbe3efe590a68b7e3dfbcffcea35fdbbb0837eb8dd725','25ee984ae0facd7053a0eee19c3b3f4bb361fecb74c55b5862b867ae35457fbf','7f0099b9fa6c943598316f5dbd9995f565305c83a914d51a7d1d375537586088');
INSERT INTO audit_log VALUES(10,'2026-11-22T07:49:34.080Z','','','department',9,'import','[]','1386e5b944578377c5272aebfdba072d7d4805e35e2bd48115cbfbcf0add8273','7f0099b9fa6c943598316f5dbd9995f565305c83a914d51a7d1d375537586088','3709c0490ede0c2380c562047e7d4c76b8e836ca8345a234f781e9b0c10050a4');
INSERT INTO audit_log VALUES(11,'2026-11-22T07:49:34.080Z','','','department',10,'import','[]','9d5a03413bb65d330c78cc78f777af6077dd02d34046579fe4bd37fa32cc28c3','3709c0490ede0c2380c562047e7d4c76b8e836ca8345a234f781e9b0c10050a4','7589a1a2b9835ff30cdbfcd7d8f530c24574524e60b143853cd79caed0a8ebcb');
INSERT INTO audit_log VALUES(12,'2026-11-22T07:49:34.080Z','','','department',11,'import','[]','6ce2d2725bf5d67cc63b842539b41835c02dbb1be554b6e90fd688f7425c2f82','7589a1a2b9835ff30cdbfcd7d8f530c24574524e60b143853cd79caed0a8ebcb','e871ff5485967c261dabdc6f269e811ff1a2a2df10e34e22a985c5c84049f03e');
INSERT INTO audit_log VALUES(13,'2026-11-22T07:49:34.080Z','','','department',12,'import','[]','9afef2c17a4d53a4373e0cbbeac62322d88002d4132adfa585bd0f9f624dc676','e871ff5485967c261dabdc6f269e811ff1a2a2df10e34e22a985c5c84049f03e','c9b6c884af2da31aa8c1491a81e6ea81c96e1ca0834dddf62c3f89c0da915d6c');
INSERT INTO audit_log VALUES(14,'2026-11-22T07:49:34.080Z','','','department',13,'import','[]','f43f62a7c2927e18bdba39dc32d70dd6227abf794355327de50683cfbf360ec1','c9b6c884af2da31aa8c1491a81e6ea81c96e1ca0834dddf62c3f89c0da915d6c','0913d8fca19563948aeed170e5a026b491c1d83d1b8b905221ab1ce5945cfe1c');
INSERT INTO audit_log VALUES(15,'2026-11-22T07:49:34.080Z','','','department',14,'import','[]','62a16dcdc66b9390c7d50b871060361ac4a076f0d5897f94bd166294ea03ccfb','0913d8fca19563948aeed170e5a026b491c1d83d1b8b905221ab1ce5945cfe1c','167f57e2825f440fbaca625108d5280148263da1b313f092640b53738f2396e6');
INSERT INTO audit_log VALUES(16,'2026-11-22T07:49:34.080Z','','','department',15,'import','[]','8f742239a41c1a05a629cf4b9580f1753e92952e012741eeafbf23030a9c745d','167f57e2825f440fbaca625108d5280148263da1b313f092640b53738f2396e6','f0b602c4baee6e5d72c705ddc9c04d7492a38e3849e11aebf7ca2ae0be7a5fe5');
INSERT INTO audit_log VALUES(17,'2026-11-22T07:49:34.080Z','','','department',16,'import','[]','b9ea423143b18930430c37a3e358d65b26a3faab3528a12be32369d9d6cfc8d3','f0b602c4baee6e5d72c705ddc9c04d7492a38e3849e11aebf7ca2ae0be7a5fe5','359afb63c023b96d4ec64d9f8f252c9555dceadc257f182b75abb0885482b921');
INSERT INTO audit_log VALUES(18,'2026-11-22T07:49:34.080Z','','','department',17,'import','[]','0d1b2c1f2d5639a9e13a3fefd8bd1a8e83e85f7f246ee9215d86701e0b901519','359afb63c023b96d4ec64d9f8f252c9555dceadc257f182b75abb0885482b921','4f18ee86a221e818390a37090bfbc73a6913ee17ae4a66a21eaef9ea1501209b');
INSERT INTO audit_log VALUES(19,'2026-11-22T07:49:34.080Z','','','department',18,'import','[]','9279d2a4627a1ea1392b1073218ebacad653d5388a964dc2c80abc220160a58f','4f18ee86a221e818390a37090bfbc73a6913ee17ae4a66a21eaef9ea1501209b','35a41dd8a098db0a1488a2bc8f9af1ad0c0806a29e52da88dea0bd1e4cc58ca8');
INSERT INTO audit_log VALUES(20,'2026-11-22T07:49:34.080Z','','','department',19,'import','[]','737dfb66d4df43adb67c4fd06641cc29e94b2a5d3a0397731ee107fbf484589b','35a41dd8a098db0a1488a2bc8f9af1ad0c0806a29e52da88dea0bd1e4cc58ca8','ff7894ba4936214ebdb33d61771b04fee0ee0c109b162cbb9cd205b2773ac1e5');
INSERT INTO audit_log VALUES(21,'2026-11-22T07:49:34.080Z','','','department',20,'import','[]','d421595d9d6911cd3a7827ccba05f1184a3d3da3971c1df02012e4771973c752','ff7894ba4936214ebdb33d61771b04fee0ee0c109b162cbb9cd205b2773ac1e5','8945d742474b4bf55a3b48d8c413fe7cdf27ad40c06fcab779d46755bcff63fd');
INSERT INTO audit_log VALUES(22,'2026-11-22T07:49:34.080Z','','','department',21,'import','[]','e402d8a592f77257074f5933b0edff77ccfc86bee2cd3a3d38976b92a34b20ff','8945d742474b4bf55a3b48d8c413fe7cdf27ad40c06fcab779d46755bcff63fd','2c087596f9c6fadef24e090c56cf316d61ea2f92bdc4f211e98acfead48cac51');
INSERT INTO audit_log VALUES(23,'2026-11-22T07:49:34.080Z','','','department',22,'import','[]','4874db743792e59dd7ef00e8b3c99c15bc0e1e7e7cb32d6896ae43c7f4e9dd4b','2c087596f9c6fadef24e090c56cf316d61ea2f92bdc4f211e98acfead48cac51','1fdcfae59b7afc703e6370f02088a0163b75e49c745750db7bda5ec59fc5c4c8');
INSERT INTO audit_log VALUES(24,'2026-11-22T07:49:34.080Z','','','department',23,'import','[]','a65cb8bf61ff724bc7726603fd11433a80ffd54c89fcd6a2bf8fc1e17153a33b','1fdcfae59b7afc703e6370f02088a0163b75e49c745750db7bda5ec59fc5c4c8','04899141d82b17793fd1b6c43fdc0ff0aa82a69f22e1424f0fc1898db85b528c');
INSERT INTO audit_log VALUES(25,'2026-11-22T07:49:34.080Z','','','department',24,'import','[]','71823683478f0a68b351e41ee321549bd6f73b45c5eefa1b31c2185de1e62916','04899141d82b17793fd1b6c43fdc0ff0aa82a69f22e1424f0fc1898db85b528c','7007465a5c654e0a5fd9a38f0d0cadd4ba51ca4820ea986e5c899c9bcc586e69');
INSERT INTO audit_log VALUES(26,'2026-11-22T07:49:34.080Z','','','department',25,'import','[]','e996e98a059d1eaf74e34f4157506c6c77cfdece0703643dda527f7fc9aee33e','7007465a5c654e0a5fd9a38f0d0cadd4ba51ca4820ea986e5c899c9bcc586e69','e8461f42acc0dcc280fd9a2698d517960ec922f2d18b3f270a5a785a839f5912');
INSERT INTO audit_log VALUES(27,'2026-11-22T07:49:34.080Z','','','department',26,'import','[]','725c80db7b3b1c383247f7ef5c17d54a679ebf224fc185c9df2b96cac4af79c1','e8461f42acc0dcc280fd9a2698d517960ec922f2d18b3f270a5a785a839f5912','c1fa5cee698d80329589c9997846c4d224d66b5899241cf666de90000a44c99b');
INSERT INTO audit_log VALUES(28,'2026-11-22T07:49:34.080Z','','','department',27,'import','[]','a51ee83b7a00eaa88e893947a952accfea32b1466d0ee1f618897c9221927d02','c1fa5cee698d80329589c9997846c4d224d66b5899241cf666de90000a44c99b','8cd2d4a10f997f44ef18d48e748310acfe7f0fc6c717916188b41cb0348acbb0');
INSERT INTO audit_log VALUES(29,'2026-11-22T07:49:34.080Z','','','department',28,'import','[]','77e0f04bd50bd33a16bc36c7bcb312e1ec20bb09d66430090b01722d190375da','8cd2d4a10f997f44ef18d48e748310acfe7f0fc6c717916188b41cb0348acbb0','9eb009a1d1a99c43a4853d81e62c2c4eb2969714bd76e57d3b60f494396f89c0');
INSERT INTO audit_log VALUES(30,'2026-11-22T07:49:34.080Z','','','department',29,'import','[]','8f9d9078b23fe75f315dbdb3bc36d822b551d00d865e7a69839920d0529baffc','9eb009a1d1a99c43a4853d81e62c2c4eb2969714bd76e57d3b60f494396f89c0','e227b939808631ab5d7591757ffed1c52fdb9a20b20d9271db42abfbb4300809');
INSERT INTO audit_log VALUES(31,'2026-11-22T07:49:34.080Z','','','department',30,'import','[]','39f5c096e7901f7fdbfc98d77df352a09fb9c2d6e24b76ac58fb2d8c5df06d50','e227b939808631ab5d7591757ffed1c52fdb9a20b20d9271db42abfbb4300809','b7d29e25ff5055024db4ad28c58c7051c052c994e05136f10d4f7f8c0d45aa22');
INSERT INTO audit_log VALUES(32,'2026-11-22T07:49:34.080Z','','','department',31,'import','[]','38b62f6be9e225a55fd17c3f2583ac65fa8fe919e0da27bc6962ec4014c58a23','b7d29e25ff5055024db4ad28c58c7051c052c994e05136f10d4f7f8c0d45aa22','2f620cdf2b943a7c750e463588c0875240090059a41acdd40a2899f206cb5cf2');
INSERT INTO audit_log VALUES(33,'2026-11-22T07:49:34.080Z','','','department',32,'import','[]','0ef1082d940a5f3db703dc38628cf7cd13b3122eef7030f060c93855ec46eea4','2f620cdf2b943a7c750e463588c0875240090059a41acdd40a2899f206cb5cf2','3bc8506831d17b59dab5edc31c80f6c84b5ab7620dd283a4529199620094ef32');
INSERT INTO audit_log VALUES(34,'2026-11-22T07:49:34.080Z','','','department',33,'import','[]','6c81aaa6b0c45c6544eac831b5f361e8f5163a5d093d2583a4845840c5a5e7b7','3bc8506831d17b59dab5edc31c80f6c84b5ab7620dd283a4529199620094ef32','8f3f86ac645fcf8dc7a0c521cd606d9e77c2a385702ca46c5f6d9c62e71af798');
INSERT INTO audit_log VALUES(35,'2026-11-22T07:49:34.080Z','','','department',34,'import','[]','506fabae198bdfaae43ac41db61ffe1aedf5f528db696a60cd8fda134a1979f5','8f3f86ac645fcf8dc7a0c521cd606d9e77c2a385702ca46c5f6d9c62e71af798','603ab358041b0d894619588eb4fc6f740284e9ed3cc89470a47f8ab82f1ddc4f');
INSERT INTO audit_log VALUES(36,'2026-11-22T07:49:34.080Z','','','department',35,'import','[]','42edc8353f81c1856d45e8cde5db4a2eae78263b0adb123896d3baf96ae49059','603ab358041b0d894619588eb4fc6f740284e9ed3cc89470a47f8ab82f1ddc4f','933dcb15ee970c6ac891c799aa46e6ad8e3af4a0ec979eae8264e3d625212dc4');
INSERT INTO audit_log VALUES(37,'2026-11-22T07:49:34.080Z','','','department',36,'import','[]','053f9fc7e8024c2735a29f3f0b9f1ca82998e53e4b3a2e4f1c40290444d2d035','933dcb15ee970c6ac891c799aa46e6ad8e3af4a0ec979eae8264e3d625212dc4','0cce200677965528692b57e185cc23cfb93cb8dd66c038288deae31ed6475b0b');
INSERT INTO audit_log VALUES(38,'2026-11-22T07:49:34.080Z','','','department',37,'import','[]','b153689d0f16f56f88b71ea4e002b1f1f92d7d531fcfc0f0772a18eccfdf6daf','0cce200677965528692b57e185cc23cfb93cb8dd66c038288deae31ed6475b0b','05402ef57dfe47d094432b68608020ae76de5619d102a2006d66666f0f153aab');
INSERT INTO audit_log VALUES(39,'2026-11-22T07:49:34.080Z','','','department',38,'import','[]','2ef9600f95c4ed607cfa40cc272096adad1f09d93585856543ce53dac2de6114','05402ef57dfe47d094432b68608020ae76de5619d102a2006d66666f0f153aab','4d66b61b9f72f30910c3a06f2b5b1bcae733c7bb8ba8b1475e88ecc65dbdbd04');
INSERT INTO audit_log VALUES(40,'2026-11-22T07:49:34.080Z','','','department',39,'import','[]','b6d466ea96424a55eaffac3db41276e3dfecf62b12879a27ca826fbe094a1ae6','4d66b61b9f72f30910c3a06f2b5b1bcae733c7bb8ba8b1475e88ecc65dbdbd04','8aa7fd29f0f575644e7a4b333801bd213b36abdaac884661bd8b4a93b3d18916');
INSERT INTO audit_log VALUES(41,'2026-11-22T07:49:34.080Z','','','department',40,'import','[]','9ff26d833e77d7d878c8cb3a140055c173dd12cfc2f467dda65a551227abe2c8','8aa7fd29f0f575644e7a4b333801bd213b36abdaac884661bd8b4a93b3d18916','a28da2bc350969111d377b247fd27e357a2a7c68c9fc7d58c1e894f0339a160f');
INSERT INTO audit_log VALUES(42,'2026-11-22T07:49:34.080Z','','','department',41,'import','[]','32894f176ec9918c2fbd6db03738a45b2193412f330cb18a3a4cfe8aeb345f8e','a28da2bc350969111d377b247fd27e357a2a7c68c9fc7d58c1e894f0339a160f','6e93234ee09a246f4783ed8dec4d52bf262ecc22d4550969b8f4fc137fc9f843');
INSERT INTO audit_log VALUES(43,'2026-11-22T07:49:34.080Z','','','department',42,'import','[]','5b3ce6823d0f24c5db13ccad8ffcf0e9620c91d41730f20b40cf7f3fc33917b5','6e93234ee09a246f4783ed8dec4d52bf262ecc22d4550969b8f4fc137fc9f843','9a7de8324f1cd15017260b876255b24157f051bcc62a667306427c88043b36e4');
INSERT INTO audit_log VALUES(44,'2026-11-22T07:49:34.080Z','','','department',43,'import','[]','17a85a36fce20483f4d5387c48209d4adff6b3b91e40cd1cd84303004e1f8018','9a7de8324f1cd15017260b876255b24157f051bcc62a667306427c88043b36e4','fefaf33fed96250f99389453721f69bd8036c7924537d9d207da57c99c86dea9');
INSERT INTO audit_log VALUES(45,'2026-11-22T07:49:34.080Z','','','department',44,'import','[]','5154dcf91b17ab0f44e691ac3c56823a6b5adcd86af5cab4bbf9f96d1a67c82c','fefaf33fed96250f99389453721f69bd8036c7924537d9d207da57c99c86dea9','c1baedaf2f5eebdfee6b7cfffb2223da81e12ddc278ad589e3af804b973f019d');
INSERT INTO audit_log VALUES(46,'2026-11-22T07:49:34.080Z','','','department',45,'import','[]','aa664bfeb968a6a49e05171eafe3f70a0c9f94e9fa87a0fa0a5797ac75a64713','c1baedaf2f5eebdfee6b7cfffb2223da81e12ddc278ad589e3af804b973f019d','e21163ef18215dfa3544240a30bcbf0f08d6bfb0559c48dd7266c2c12eca6539');
INSERT INTO audit_log VALUES(47,'2026-11-22T07:49:34.080Z','','','department',46,'import','[]','f33ed98455352943411b25e5452d3a5a86adbac8383479bdf4c265f8fca1250c','e21163ef18215dfa3544240a30bcbf0f08d6bfb0559c48dd7266c2c12eca6539','2c507115a2bf094bc8366d8472a014a5bc7672bdf237755fa6972fdf8d15990a');
INSERT INTO audit_log VALUES(48,'2026-11-22T07:49:34.080Z','','','department',47,'import','[]','85047d0555da298aee9a2312ada10e62fd24ebc634bb5ccccddfda898fbb5083','2c507115a2bf094bc8366d8472a014a5bc7672bdf237755fa6972fdf8d15990a','061d5c1e0f2697dfcfd70f1edc1f8f85ef0c791f384cf0b923a8bc7b9327f383');
INSERT INTO audit_log VALUES(49,'2026-11-22T07:49:34.080Z','','','department',48,'import','[]','dcc4089a974e8c5b47b1349b05e1193256bbc6b79a2ddeb220cf63caa85558c2','061d5c1e0f2697dfcfd70f1edc1f8f85ef0c791f384cf0b923a8bc7b9327f383','5b843ad76773dd401c858b273283b569a218cce842d67039b19bad35ee0193f1');
INSERT INTO audit_log VALUES(50,'2026-11-22T07:49:34.080Z','','','department',49,'import','[]','9b5cc898509a968beab30371a73fd2e414b9002908caab31298630ee66fecdb5','5b843ad76773dd401c858b273283b569a218cce842d67039b19bad35ee0193f1','13d3c40914b3539d78fe9dc12af26e2681e625b718961bc28081a5247b6fca7a');
INSERT INTO audit_log VALUES(51,'2026-11-22T07:49:34.080Z','','','person',1,'import','[]','6c28d2dac6e694823c50f1bbe7272c1e862d0c88076d041e88c20b397e26a3e7','13d3c40914b3539d78fe9dc12af26e2681e625b718961bc28081a5247b6fca7a','306c4b3b83fd15c123cfbc27a3cbfe5ce15f71b17b52dff72e4ac54f9daf221f');
INSERT INTO audit_log VALUES(52,'2026-11-22T07:49:34.080Z','','','person',2,'import','[]','9ec07c1545c581b354ba5e00f935a70fd87470f28542446e39bbb5b8faf19c47','306c4b3b83fd15c123cfbc27a3cbfe5ce15f71b17b52dff72e4ac54f9daf221f','2130976628178533d8d74021afb4bd3d09d47f74e81b4f1d4bc398b054f0ed7f');
INSERT INTO audit_log VALUES(53,'2026-11-22T07:49:34.080Z','','','person',3,'import','[]','2886c9510960514c83747bb075395ca21ecba2b1479d98df5c6eac7dbe31ac92','2130976628178533d8d74021afb4bd3d09d47f74e81b4f1d4bc398b054f0ed7f','5311b16405217837819b5b222e503699c1de295103c398bb01259cf81eb5e82c');
INSERT INTO audit_log VALUES(54,'2026-11-22T07:49:34.080Z','','','person',4,'import','[]','b445732c5e1cef30cef553491da2c31500770baf2729cdc0e4cb1ec03b187f21','5311b16405217837819b5b222e503699c1de295103c398bb01259cf81eb5e82c','0ea511363379d99a3fdd8947e0ecb5b7768f2a36095edbff14c16c76748dd2bd');
INSERT INTO audit_log VALUES(55,'2026-11-22T07:49:34.080Z','','','person',5,'import','[]','fc00f6f9115736373931d955833ded32451e536a9eba4eceae097b49d2856d9c','0ea511363379d99a3fdd8947e0ecb5b7768f2a36095edbff14c16c76748dd2bd','a2541da29fd00bdc3222d0051e650f1409447e0562f3d82cb40da559ef00f9c9');
INSERT INTO audit_log VALUES(56,'2026-11-22T07:49:34.080Z','','','person',6,'import','[]','79bb230589192a2b13fd6938814bb81454464354affbc481c29d27b93e093ee7','a2541da29fd00bdc3222d0051e650f1409447e0562f3d82cb40da559ef00f9c9','d83ff8d6f5e886a94dae44398e1059108611ff96a095d16adbfaa09486ae41b7');
INSERT INTO audit_log VALUES(57,'2026-11-22T07:49:34.080Z','','','person',7,'import','[]','3fe469334cfef417620f65f55f14279fdd0c55330b0bc3e499ad18a1c3706210','d83ff8d6f5e886a94dae44398e1059108611ff96a095d16adbfaa09486ae41b7','5107484dcd9ae310d8fd3fdaea9b465f06207e6a13e3b72b5a6ad9263b6ad31b');
INSERT INTO audit_log VALUES(58,'2026-11-22T07:49:34.080Z','','','person',8,'import','[]','a0d4008eecacad0e21e06ebb06cbd69804f19003c63388fc39d67bd812541083','5107484dcd9ae310d8fd3fdaea9b465f06207e6a13e3b72b5a6ad9263b6ad31b','6132393944a13b886dd2f6a1220e387c20ba24ab73b237c3a34c8c208729d130');
INSERT INTO audit_log VALUES(59,'2026-11-22T07:49:34.080Z','','','person',9,'import','[]','83b357cd86a8fe936d55260616707f9b7f01d57683f3da2aa4b7252589d09ab0','6132393944a13b886dd2f6a1220e387c20ba24ab73b237c3a34c8c208729d130','ca26bc86e8d29140a11f8766b302d46b4ecb3e311fb6b99982556c1b1a22e8e7');
INSERT INTO audit_log VALUES(60,'2026-11-22T07:49:34.080Z','','','person',10,'import','[]','a75142b444951e7e70ca520d89f9f7e50936058a832e0c4980ecfa895e84d67d','ca26bc86e8d29140a11f8766b302d46b4ecb3e311fb6b99982556c1b1a22e8e7','3b28844bcdb81eb036d04566428a06a4ac150a2ab8d47ac2625f7d480ee68fb1');
INSERT INTO audit_log VALUES(61,'2026-11-22T07:49:34.080Z','','','person',11,'import','[]','1ed3d11516bde09454c619e20aef4babae664915afa2490ac9a2df1871b15597','3b28844bcdb81eb036d04566428a06a4ac150a2ab8d47ac2625f7d480ee68fb1','35c8663fffa2070c2aa929f5370ec159a8b1efbaf5ca513abb6f8b0d8cfd7746');
INSERT INTO audit_log VALUES(62,'2026-11-22T07:49:34.080Z','','','person',12,'import','[]','78e2e52f0b0d2a9dc23784432c7ef8dd81871d9fe54ec2cc3bf7ac42930d9de5','35c8663fffa2070c2aa929f5370ec159a8b1efbaf5ca513abb6f8b0d8cfd7746','9386ae60aa0b71c1bbfa2bd2f8207fdc9002aa31cb351b59c722d1524a0fa49f');
INSERT INTO audit_log VALUES(63,'2026-11-22T07:49:34.080Z','','','person',13,'import','[]','b2e3840f482e639337bc044b94a6743b03321a2158b5d4bab5a9168b4bc5afee','9386ae60aa0b71c1bbfa2bd2f8207fdc9002aa31cb351b59c722d1524a0fa49f','7611680d8497767851b27e3697c052332733854456877a4d6b1689c6360ab67f');
INSERT INTO audit_log VALUES(64,'2026-11-22T07:49:34.080Z','','','person',14,'import','[]','ae2cc412e95f8484f901b4c4437ef5e8a5723e9f15fd3ffb835b0ecf9226f18f','7611680d8497767851b27e3697c052332733854456877a4d6b1689c6360ab67f','e792dccb30ada65840aad365043b0a4e64e11828d236c0731d21e84efbb1f6a2');
INSERT INTO audit_log VALUES(65,'2026-11-22T07:49:34.080Z','','','person',15,'import','[]','b58ad30c7fa20432b87cd5b092608286d785e5b74de960f98be2fc8eb60b2b5b','e792dccb30ada65840aad365043b0a4e64e11828d236c0731d21e84efbb1f6a2','61a80a5b6b488ab639016b06d5d5e71eb17eb991e222e54c6de43c8976eb829c');
INSERT INTO audit_log VALUES(66,'2026-11-22T07:49:34.080Z','','','person',16,'import','[]','13ff10a235bed933ef3516a4b4eb565211716a8202c374731ffba19cec3d19a7','61a80a5b6b488ab639016b06d5d5e71eb17eb991e222e54c6de43c8976eb829c','e53400feecf5ff881e04899c4321afd7abf15ac78b75ea4c8a5a5eba15604936');
INSERT INTO audit_log VALUES(67,'2026-11-22T07:49:34.080Z','','','person',17,'import','[]','f3d25a75ae2404e4816baac96a3a1e7ebb3f15b61e78cbcc92246bdea95ef0e5','e53400feecf5ff881e04899c4321afd7abf15ac78b75ea4c8a5a5eba15604936','4af2cb4f8025e20f55e2722557e94a08866c7e64141b0cb64603e5dc8e912671');
INSERT INTO audit_log VALUES(68,'2026-11-22T07:49:34.080Z','','','person',18,'import','[]','d963a4a7e6461c9252dee4905904df9480c6a0d3f163f04094d69b10c376cf0d','4af2cb4f8025e20f55e2722557e94a08866c7e64141b0cb64603e5dc8e912671','d2b99699ea524cde23751fddc0d9d031417d34c77a17e0c7bc9a424eb495403f');
INSERT INTO audit_log VALUES(69,'2026-11-22T07:49:34.080Z','','','person',19,'import','[]','c5808a964d97267dbb953c64ea506230581f2bed3d29dedca3b0f15542ede439','d2b99699ea524cde23751fddc0d9d031417d34c77a17e0c7bc9a424eb495403f','c1c39249e197376262e50cac92bd71664dde751775d4bcde7ff0bf2866a49145');
INSERT INTO audit_log VALUES(70,'2026-11-22T07:49:34.080Z','','','person',20,'import','[]','dc86e6b44142974440ed4ec58f5b805a5a9d0c841e866b41b8dc915154bbaa4d','c1c39249e197376262e50cac92bd71664dde751775d4bcde7ff0bf2866a49145','cfed62a119509bad9a9f507e55abac49fdc879c9c1e98d52579049c09ef8a102');
INSERT INTO audit_log VALUES(71,'2026-11-22T07:49:34.080Z','','','person',21,'import','[]','d19ed263aeabfd34146796085cdbf19c1b09443e63be0b69c94e271b16e4e282','cfed62a119509bad9a9f507e55abac49fdc879c9c1e98d52579049c09ef8a102','72ecbb44da0e46b824b025f5cdfa5bff48d074d38b6f211a946949555a248c1b');
INSERT INTO audit_log VALUES(72,'2026-11-22T07:49:34.080Z','','','person',22,'import','[]','496b00a085e8cee77109fe0e888b5fab70cf6b858ef213b133d85ef69e4c5a04','72ecbb44da0e46b824b025f5cdfa5bff48d074d38b6f211a946949555a248c1b','d626ca2a4272fd0dfc4e9ca955ac3bc3072a145b4de2359b8d835fc49b04ea9f');
INSERT INTO audit_log VALUES(73,'2026-11-22T07:49:34.080Z','','','person',23,'import','[]','9791537d0eb03cf917a60a34c945407d8b69b41e28d77e8f0c5bb4cdd98b9bd9','d626ca2a4272fd0dfc4e9ca955ac3bc3072a145b4de2359b8d835fc49b04ea9f','aa9469ed29d1c3f499e6082fea619255f2b18b136aadaabfcb90548c3a5da7af');
INSERT INTO audit_log VALUES(74,'2026-11-22T07:49:34.080Z','','','person',24,'import','[]','df4e35877279ae72a32067a2acfdbcce6fb90a4f649f2d0cb8dea9366e7de94e','aa9469ed29d1c3f499e6082fea619255f2b18b136aadaabfcb90548c3a5da7af','51bbe10581b79673a3ba261b392d33402ddca1f449bf8ca76d712ca665bdcdcb');
INSERT INTO audit_log VALUES(75,'2026-11-22T07:49:34.080Z','','','person',25,'import','[]','51eb7bcf6dafa09c026bfca6b31a651b19cae26ccffe85eea8375007b40802ce','51bbe10581b79673a3ba261b392d33402ddca1f449bf8ca76d712ca665bdcdcb','a21ec4c655fcd340ff27fba6abdc0090ac095dd26598108a45a422aefbffdad5');
INSERT INTO audit_log VALUES(76,'2026-11-22T07:49:34.080Z','','','person',26,'import','[]','7a5ac0fabd0fd551c044a714d195f4d38189656620f4350a1a751bf39daa0870','a21ec4c655fcd340ff27fba6abdc0090ac095dd26598108a45a422aefbffdad5','273dfc56d31dd06927efd5c293c53def8464f1e5f847e403a7ac37a6a2e330b2');
INSERT INTO audit_log VALUES(77,'2026-11-22T07:49:34.080Z','','','person',27,'import','[]','63f0f2f036e856cfa68e89dcfe3039e155669ae9af8a5a2d8c25717fe137eee3','273dfc56d31dd06927efd5c293c53def8464f1e5f847e403a7ac37a6a2e330b2','b69938d8acd2ea5e8c7fcbe727750a8c799e30e3c607486c39c9c6845ef8c711');
INSERT INTO audit_log VALUES(78,'2026-11-22T07:49:34.080Z','','','person',28,'import','[]','e4a24e585de53208540c244cde2244c7fe324bf16ee16bf7173e2de638a22866','b69938d8acd2ea5e8c7fcbe727750a8c799e30e3c607486c39c9c6845ef8c711','31e526f59ee43ce50eb21a1cb0ff047c9e4fd7efe299dd811fcc01b6c7502e07');
INSERT INTO audit_log VALUES(79,'2026-11-22T07:49:34.080Z','','','person',29,'import','[]','e617a1349eeb552155337ef476625f4e794de7cb1b66432085da8618f7d03f6c','31e526f59ee43ce50eb21a1cb0ff047c9e4fd7efe299dd811fcc01b6c7502e07','ce5ed914cfcd8e86c172f6635301d3e5c6cbd26517d5e147b29e79e7ae9cf931');
INSERT INTO audit_log VALUES(80,'2026-11-22T07:49:34.080Z','','','person',30,'import','[]','65e59836a944950fa29897193b9954d85d1bb20a32f600faef08e7d66aed2e70','ce5ed914cfcd8e86c172f6635301d3e5c6cbd26517d5e147b29e79e7ae9cf931','703fc734baf7515bdfb58221e5e57447d8b9bacde4bfe973ad0be9dfa7e555e6');
INSERT INTO audit_log VALUES(81,'2026-11-22T07:49:34.080Z','','','person',31,'import','[]','ab2b22d3fd2a8dcb2cdb6653bd9ff16433e77f74206adbf87df6ee9312f4b7f7','703fc734baf7515bdfb58221e5e57447d8b9bacde4bfe973ad0be9dfa7e555e6','2eae32e724d4b665de1af3588ea71d53e75ee66256914aeb8a66bab5019ca373');
INSERT INTO audit_log VALUES(82,'2026-11-22T07:49:34.080Z','','','person',32,'import','[]','558e5ebec0d4f210310c98da73df4da60640000accd486c27e62bacee9fcf6fb','2eae32e724d4b665de1af3588ea71d53e75ee66256914aeb8a66bab5019ca373','228aba8df904c285d159f608a415817962a2c7cf8b4343b8bdb1ab11c21adace');
INSERT INTO audit_log VALUES(83,'2026-11-22T07:49:34.080Z','','','person',33,'import','[]','e4d6b31d18e53589987cbadf2ee3f8eae35e01e7cce255549dd12ff481eda79f','228aba8df904c285d159f608a415817962a2c7cf8b4343b8bdb1ab11c21adace','d28d2e911fdd2eae9b6ddf44c3461203b9ab8615b885c68753feda731fcd1c94');
INSERT INTO audit_log VALUES(84,'2026-11-22T07:49:34.080Z','','','person',34,'import','[]','9d7bcdeaa4c0798e90e1d8dccc03b14a3be1e024a31e36de9241b23f84010140','d28d2e911fdd2eae9b6ddf44c3461203b9ab8615b885c68753feda731fcd1c94','078bb079c623bff9807d4331ca70fe4344605734c5dedd05baf53569b012c0d3');
INSERT INTO audit_log VALUES(85,'2026-11-22T07:49:34.080Z','','','person',35,'import','[]','a923ded8defb716eccd1622686d2d60b9728b86db1aa4361d13c3d098f614ba5','078bb079c623bff9807d4331ca70fe4344605734c5dedd05baf53569b012c0d3','24fb4f1acfe7eef2a1e423e2f2a8314d3fb7fc9f1758598075f49f18e51e4e63');
INSERT INTO audit_log VALUES(86,'2026-11-22T07:49:34.080Z','','','person',36,'import','[]','0e30da4e83a19f6e41ac49373d176b4b854aded9a13554425d60393c8db2ba2b','24fb4f1acfe7eef2a1e423e2f2a8314d3fb7fc9f1758598075f49f18e51e4e63','c71686e0ff4d54e050c7cedba5912967583037bf4be672c6776b4e1dc55d6297');
INSERT INTO audit_log VALUES(87,'2026-11-22T07:49:34.080Z','','','person',37,'import','[]','f7c90a67779cfdd8f26a722370afc41d575eb9f16a35fdb05f39ae12c649d65f','c71686e0ff4d54e050c7cedba5912967583037bf4be672c6776b4e1dc55d6297','46907ced4dc7c564f79574530d94bd38ee3b4b5095b285bdc3e1f0e4b9d42217');
INSERT INTO audit_log VALUES(88,'2026-11-22T07:49:34.080Z','','','person',38,'import','[]','7bb2c6faeb436a526b39bb4030ec310ce68cf2eb87595ec6eb74e3b8bdbaa12e','46907ced4dc7c564f79574530d94bd38ee3b4b5095b285bdc3e1f0e4b9d42217','8e8fc477af15b476319702d6d90a67b9801c70230371f87847bb7b42594f8a2e');
INSERT INTO audit_log VALUES(89,'2026-11-22T07:49:34.080Z','','','person',39,'import','[]','cb17e7015bb4cdaf1e0c672bcc9a32eeaa43400af4c0925442f29012cb15e2cd','8e8fc477af15b476319702d6d90a67b9801c70230371f87847bb7b42594f8a2e','a5682a0612d686c204af269f1dea183d00437cec9aa46c926e5c84ca3942c9a9');
INSERT INTO audit_log VALUES(90,'2026-11-22T07:49:34.080Z','','','person',40,'import','[]','00063ee6f198128ccfbe5267d13d3f24464aa9f60e687a1bb87e52296651c846','a5682a0612d686c204af269f1dea183d00437cec9aa46c926e5c84ca3942c9a9','7f0ee0d651feb0a064064813149785b1de6a0ce6c4d913aaf4a948a1d37e4121');
INSERT INTO audit_log VALUES(91,'2026-11-22T07:49:34.080Z','','','person',41,'import','[]','fc69366994304a9563487a25c9b5233d7c035301501a648ac945b7ebecb30af1','7f0ee0d651feb0a064064813149785b1de6a0ce6c4d913aaf4a948a1d37e4121','205d21f4733efaca77094e73b6ca6d0ece69dc4d16d8d90d2223ddcf127c7c56');
INSERT INTO audit_log VALUES(92,'2026-11-22T07:49:34.080Z','','','person',42,'import','[]','fb8ce70a6383a9edb569e40acd10de8c00771b535cdb790b780ae31e06be51ff','205d21f4733efaca77094e73b6ca6d0ece69dc4d16d8d90d2223ddcf127c7c56','bcc646de309b1ce9b6901418c8051ad13ad8ffb7f62eb48e5b33c738ca46976f');
INSERT INTO audit_log VALUES(93,'2026-11-22T07:49:34.080Z','','','person',43,'import','[]','fad206ad8e742e93ce8309a898e3c930fdac82f326342c83487493f001d34e0b','bcc646de309b1ce9b6901418c8051ad13ad8ffb7f62eb48e5b33c738ca46976f','0fa3509f625feeaa6b7ff004814178ceacbd42cf942a839eb89a5859c518584d');
INSERT INTO audit_log VALUES(94,'2026-11-22T07:49:34.080Z','','','person',44,'import','[]','f4eb377fefb2c94d59eae20faa023105e4b5cc032b812307c95e4f71de6e0878','0fa3509f625feeaa6b7ff004814178ceacbd42cf942a839eb89a5859c518584d','233229b77306938fc95ff26e9db136f5d390721eece718d579ddc949eb9bbfe2');
INSERT INTO audit_log VALUES(95,'2026-11-22T07:49:34.080Z','','','person',45,'import','[]','70a8bec869ffedc5c083e41ca0494f13fa7382ccd33d65d47e4d24a3831893d2','233229b77306938fc95ff26e9db136f5d390721eece718d579ddc949eb9bbfe2','7c3e25873b1c7e695aae341346609404389696a041dd4992f19aed45515c06d6');
INSERT INTO audit_log VALUES(96,'2026-11-22T07:49:34.080Z','','','person',46,'import','[]','e1ebf71660ef7f7a5774c8c42d807d4c572568d14e04112ac92d5add92849adb','7c3e25873b1c7e695aae341346609404389696a041dd4992f19aed45515c06d6','d5cfe2bab35984cd85bf340db0246bb8c79f9b2c8a557fb358a367dbafb5030d');
INSERT INTO audit_log VALUES(97,'2026-11-22T07:49:34.080Z','','','person',47,'import','[]','664cb99f98455a15babb1368364a4e3f355a5c7675fff0d5813678a357a73e9d','d5cfe2bab35984cd85bf340db0246bb8c79f9b2c8a557fb358a367dbafb5030d','bbd1c20bea9055088e26c95a358a62718ca03cb7a98b8c6420a39aac2a228520');
INSERT INTO audit_log VALUES(98,'2026-11-22T07:49:34.080Z','','','person',48,'import','[]','e35234f0c0286c00374a3bda382f59740fb715076284603c29e95faf798a7fca','bbd1c20bea9055088e26c95a358a62718ca03cb7a98b8c6420a39aac2a228520','430836c4b14d07a427cb5ab423fcfdd15fca82fe34ef7cb86d8c100a7c3acb99');
INSERT INTO audit_log VALUES(99,'2026-11-22T07:49:34.080Z','','','person',49,'import','[]','541795950218e1f5013d9c485232fce8a9da50fe3685e3b533af48830813c21a','430836c4b14d07a427cb5ab423fcfdd15fca82fe34ef7cb86d8c100a7c3acb99','b3246af514a770c1ce23b148fc31153c2b106fd10e5d3a179fc96d39bd29d9a5');
INSERT INTO audit_log VALUES(100,'2026-11-22T07:49:34.080Z','','','person',50,'import','[]','f1f6d45548bc18574b5a55907f67530bd68160b0f7fa6b934baaad0ede9f0335','b3246af514a770c1ce23b148fc31153c2b106fd10e5d3a179fc96d39bd29d9a5','65e556e2915ffee9bd87ca88509fa83c8cc7ef41e8b3c076b4e7444b2f64f14a');
INSERT INTO audit_log VALUES(101,'2026-11-22T07:49:34.080Z','','','person',51,'import','[]','882065b179cf119192b5b64dd8734aedc199c64f9ae15376198652f384058535','65e556e2915ffee9bd87ca88509fa83c8cc7ef41e8b3c076b4e7444b2f64f14a','832953f772d43bcb8daa19287174db73146e90fc8dc37be68f3d6484f7e68bd6');
INSERT INTO audit_log VALUES(102,'2026-11-22T07:49:34.080Z','','','person',52,'import','[]','edaf87dcb9a5bf7f8c78512d806c2c07ca46e3a8878143bb8353e0371f129f78','832953f772d43bcb8daa19287174db73146e90fc8dc37be68f3d6484f7e68bd6','863c3164539f24d16b20b31a712f228d45f31f5352002c386935e51bb451e331');
INSERT INTO audit_log VALUES(103,'2026-11-22T07:49:34.080Z','','','person',53,'import','[]','80b23fe6159f0d9cfde8d1ee31da2b17a1a279426ad3562b204a186a2a0d362e','863c3164539f24d16b20b31a712f228d45f31f5352002c386935e51bb451e331','fff98fc40cf3c7f509d8018a09cb066c797b44c1a92f97bbbc9df5db90c81a57');
INSERT INTO audit_log VALUES(104,'2026-11-22T07:49:34.080Z','','','person',54,'import','[]','548462cdb5c9b561f9b571f9f10a23dafefcbff333b46c086e3b0b0407cdee8e','fff98fc40cf3c7f509d8018a09cb066c797b44c1a92f97bbbc9df5db90c81a57','5d962367e3170f98b43dcd5c6108e9f964d5f184e5acbf1309fdb7abc1790201');
INSERT INTO audit_log VALUES(105,'2026-11-22T07:49:34.080Z','','','person',55,'import','[]','81f2f8497336bb6e4cf03088e440460816ec194f70329ba3a47fffda9a6efc27','5d962367e3170f98b43dcd5c6108e9f964d5f184e5acbf1309fdb7abc1790201','54fdb0db36854363ccc311a36adeb553d3ecad9fc3f3b59fabfd0fcf9fb50d59');
INSERT INTO audit_log VALUES(106,'2026-11-22T07:49:34.080Z','','','person',56,'import','[]','e0b4143e2630c26f217be93996694917f1ce505bc7d28a7d4f7e78970926501c','54fdb0db36854363ccc311a36adeb553d3ecad9fc3f3b59fabfd0fcf9fb50d59','0b7225838fbaaf90039f4bd5b9cf19ff3357b0a6cf03c426774220ce19c2b370');
INSERT INTO audit_log VALUES(107,'2026-11-22T07:49:34.080Z','','','person',57,'import','[]','b05ebfdcdcd8b6410a37d3c48148f5813a0792004dbf9116f149ac8a604ea731','0b7225838fbaaf90039f4bd5b9cf19ff3357b0a6cf03c426774220ce19c2b370','2faec1de93fb847f5d1cab0af3b1a25a99cf57de0aa6a04262fa01f867c9938c');
INSERT INTO audit_log VALUES(108,'2026-11-22T07:49:34.080Z','','','person',58,'import','[]','7515c83bd595f1621188ca37ebdcc6c10f472242cf1143db7e29047a0fdb5ba0','2faec1de93fb847f5d1cab0af3b1a25a99cf57de0aa6a04262fa01f867c9938c','6449651f32139506db628e86edeb0891be6ca0ba74f12258766a31259de42d50');
INSERT INTO audit_log VALUES(109,'2026-11-22T07:49:34.080Z','','','person',59,'import','[]','7aba1f520e8ef4b02c3ad2b11140a48d742d3b837050e910213973fd164fa89f','6449651f32139506db628e86edeb0891be6ca0ba74f12258766a31259de42d50','cc7ff2540b757ad6b13ac4c84bdb9acd4ca52a96e83294ce8a7ef5da808a1bfc');
INSERT INTO audit_log VALUES(110,'2026-11-22T07:49:34.080Z','','','person',60,'import','[]','c5e368ae249e6dea66d4e10344d3d49a9725849d8cd4ec5679c4dd13dd585bbd','cc7ff2540b757ad6b13ac4c84bdb9acd4ca52a96e83294ce8a7ef5da808a1bfc','2d1bb8fa2e5515f06282d40fd968465fb738dce5640b63f301eb65ed8616761b');
INSERT INTO audit_log VALUES(111,'2026-11-22T07:49:34.080Z','','','person',61,'import','[]','0a4603bdbb481c05e4174ad9e5857de20726aedab5110a404821e8692756b730','2d1bb8fa2e5515f06282d40fd968465fb738dce5640b63f301eb65ed8616761b','d589461878c98f7783d7246d99f765d8c44f0aa132e1a46da7b44a13d4f01a22');
INSERT INTO audit_log VALUES(112,'2026-11-22T07:49:34.080Z','','','person',62,'import','[]','395d116a94d6ecb64925aa40cda5afa97a5f7512d4748006c9a322ba3656ade4','d589461878c98f7783d7246d99f765d8c44f0aa132e1a46da7b44a13d4f01a22','d1749d35059aeae6e573027310134d48400593e9b642b838977bbbde4b77dd2f');
INSERT INTO audit_log VALUES(113,'2026-11-22T07:49:34.080Z','','','person',63,'import','[]','1c7335e302731e490d299251924149d8381fe83df81f54d92bacaedcbf97801d','d1749d35059aeae6e573027310134d48400593e9b642b838977bbbde4b77dd2f','e944e4b00db57aa4a26b34ba15fa690cd3f4fe4149184e733aa89e57de5f72f4');
INSERT INTO audit_log VALUES(114,'2026-11-22T07:49:34.080Z','','','person',64,'import','[]','e67f24c8c55dde43ad02e2d5da81642a85b19186dfca6cdf5355b9dd55581e4a','e944e4b00db57aa4a26b34ba15fa690cd3f4fe4149184e733aa89e57de5f72f4','ce03547ff869d27b24c82d7c7e918d5a05f6b5c9752333d4265c5e2c10097b7b');
INSERT INTO audit_log VALUES(115,'2026-11-22T07:49:34.080Z','','','person',65,'import','[]','f1da7c6604c54986115997f83eb87fc065a658f5fdef033ba57a9df523b572b7','ce03547ff869d27b24c82d7c7e918d5a05f6b5c9752333d4265c5e2c10097b7b','0692035f5ce5b9bce30dce2133c88070d229d1bf4cb9d26edbd031ab07a487df');
INSERT INTO audit_log VALUES(116,'2026-11-22T07:49:34.080Z','','','person',66,'import','[]','0228ca4c00a784c8aba30da88de57ba80e2a3627e7f9f5867f3e2b688fbe39c6','0692035f5ce5b9bce30dce2133c88070d229d1bf4cb9d26edbd031ab07a487df','f7f3e9ab6a10a79785e1d1ced86d392b537a35203b140002eca2484c031e1e54');
INSERT INTO audit_log VALUES(117,'2026-11-22T07:49:34.080Z','','','person',67,'import','[]','98b1a2452422d4e9cd787ab93318f3f495b005d32b92cce9fcaaf5b6b70517c1','f7f3e9ab6a10a79785e1d1ced86d392b537a35203b140002eca2484c031e1e54','c228104cb80182716031e25c5c79a780ac410ecc067bc7ff15c4fb18f558c645');
INSERT INTO audit_log VALUES(118,'2026-11-22T07:49:34.080Z','','','person',68,'import','[]','df8dc0b227196ed6ed5d3b6d53359d7e8bbee6218c98a1d4796520b25b80a37a','c228104cb80182716031e25c5c79a780ac410ecc067bc7ff15c4fb18f558c645','fe53efea60484fd19b5d0052fffbb2e378cc00de8738fdfe935997b5f357e357');
INSERT INTO audit_log VALUES(119,'2026-11-22T07:49:34.080Z','','','person',69,'import','[]','cc563340ad4b4531b088bbcc2417b66e8e81379581a5526e97335873a2b3e8ef','fe53efea60484fd19b5d0052fffbb2e378cc00de8738fdfe935997b5f357e357','179e69dc33b1f6a65cecd743d6cc075c8b288a6d21e385eb481dab29614c25ae');
INSERT INTO audit_log VALUES(120,'2026-11-22T07:49:34.080Z','','','person',70,'import','[]','c9da1ce4bbfbc4679fed1b70bdd072ff5639080140f846dd5cd3187454a659e3','179e69dc33b1f6a65cecd743d6cc075c8b288a6d21e385eb481dab29614c25ae','087a24993abba8f9ea1ee318daaa44e2be9d8794ea2fe6be1ee9e586302bfdd6');
INSERT INTO audit_log VALUES(121,'2026-11-22T07:49:34.080Z','','','person',71,'import','[]','efe3849f7d4d056f7359b1123e728ecd94827713221ebfa3d93d86022021fbc7','087a24993abba8f9ea1ee318daaa44e2be9d8794ea2fe6be1ee9e586302bfdd6','5b36a27e360a4f57ca73b85bf1a8793de9fbd5d12f92a913da06d2e1ad092c5d');
INSERT INTO audit_log VALUES(122,'2026-11-22T07:49:34.080Z','','','person',72,'import','[]','0425501028ebf1da157f13fc25c69a2de23c55bc255d6f8192123fae5859b251','5b36a27e360a4f57ca73b85bf1a8793de9fbd5d12f92a913da06d2e1ad092c5d','66cc95451ef05d38ca882671a9b9dc00e253b346e7f807507e4380530e4abe1a');
INSERT INTO audit_log VALUES(123,'2026-11-22T07:49:34.080Z','','','person',73,'import','[]','b7cda8a920d84579429b33f927e139503998a1d230e62200834e46dff24c6bc9','66cc95451ef05d38ca882671a9b9dc00e253b346e7f807507e4380530e4abe1a','1b75a627c9005e70f30d4ab511c3cb65c54eab98cd0ae5827af8cd95c3891448');
INSERT INTO audit_log VALUES(124,'2026-11-22T07:49:34.080Z','','','person',74,'import','[]','e519833ced0fcc1c465e1fc4bc30e51f98601fe88519210cc4d5e75bfe270d38','1b75a627c9005e70f30d4ab511c3cb65c54eab98cd0ae5827af8cd95c3891448','c49b3e2c4bd9c0a306cc05c3663438c90192aeb71260568c8ddc7d0288a35aa7');
INSERT INTO audit_log VALUES(125,'2026-11-22T07:49:34.080Z','','','person',75,'import','[]','a0586fb970e61d5f647c09fc6b34cbc487184376fd9eea37daf92bee8f625f97','c49b3e2c4bd9c0a306cc05c3663438c90192aeb71260568c8ddc7d0288a35aa7','df30fad4fda29b2725e6ec59025dfc1738932ac50cb62547a995d730afe48095');
INSERT INTO audit_log VALUES(126,'2026-11-22T07:49:34.080Z','','','person',76,'import','[]','8c8843dffdff9e48b784142ca15f1c6553cb7f04454f1f5e1a03d46504d2a7fc','df30fad4fda29b2725e6ec59025dfc1738932ac50cb62547a995d730afe48095','e7b885c5fe01e4b35831a0cf16f92bb755de44d50610100d5b490193440a8690');
INSERT INTO audit_log VALUES(127,'2026-11-22T07:49:34.080Z','','','person',77,'import','[]','6e99b37ee4459377ed32a0fcae2590ad11aa775c616beda021bf2f6c04038e06','e7b885c5fe01e4b35831a0cf16f92bb755de44d50610100d5b490193440a8690','e924f559d4d49a62c46802a44eb84b9f8e7c6d47efba7722af0f87d1e8664ef1');
INSERT INTO audit_log VALUES(128,'2026-11-22T07:49:34.080Z','','','person',78,'import','[]','bb9ee9af4d6ddded41a31eb3d4ee05e25a75ea1a3e6861f13922f413a807d947','e924f559d4d49a62c46802a44eb84b9f8e7c6d47efba7722af0f87d1e8664ef1','b39be4c0373e253514b3f7745e6073224ee6435af95c8316af9d966df4537698');
INSERT INTO audit_log VALUES(129,'2026-11-22T07:49:34.080Z','','','person',79,'import','[]','9e421784656f8d4c2c6a604ec8875fb723a49d46f0c4a42ecc4cc28ebd3cb04f','b39be4c0373e253514b3f7745e6073224ee6435af95c8316af9d966df4537698','ae0de8c15190b4a789261e4918cd4cb08288788a561fdccd0b27c17b4ab1423b');
INSERT INTO audit_log VALUES(130,'2026-11-22T07:49:34.080Z','','','person',80,'import','[]','e2c566fbcae7055aabe205f1dd3d60722feb7b6f5c928e2a62b2dc68f7b921be','ae0de8c15190b4a789261e4918cd4cb08288788a561fdccd0b27c17b4ab1423b','360451c9edd96d968a177e597dbb1d70e9a50c032f30f07ed1a206de889c93e1');
INSERT INTO audit_log VALUES(131,'2026-11-22T07:49:34.080Z','','','person',81,'import','[]','99afd75ea2532d0fa0be78de69cae75db8d2dc46e8cdf35d2af28b6719334ba2','360451c9edd96d968a177e597dbb1d70e9a50c032f30f07ed1a206de889c93e1','e4f8770b1f125e2cff2bede8b191721187772e8673c49a8072655446fbbf3993');
INSERT INTO audit_log VALUES(132,'2026-11-22T07:49:34.080Z','','','person',82,'import','[]','d554f6fff407645e9e042f4c2e8b495ac2651cdddaa023df468c3d6bd7961a71','e4f8770b1f125e2cff2bede8b191721187772e8673c49a8072655446fbbf3993','b11b9a40319438527a5a4ec49f218533eed166382bd856a769a13670855267e2');
INSERT INTO audit_log VALUES(133,'2026-11-22T07:49:34.080Z','','','person',83,'import','[]','ec797357234c541e83b7fe7c2edd9844091f2c4d46ef169bf3bccdeb4abb4bd7','b11b9a40319438527a5a4ec49f218533eed166382bd856a769a13670855267e2','6b73a43519b323c9588751031686a4d970369fa4dc9349f448efa920881b489e');
INSERT INTO audit_log VALUES(134,'2026-11-22T07:49:34.080Z','','','person',84,'import','[]','f2cc9ee6b1970e5cd95ec426d38dbc9a2ae439500034d295489bc74caf8912c8','6b73a43519b323c9588751031686a4d970369fa4dc9349f448efa920881b489e','e77051caba6f613001ff860c2d89a976ec5bc766ac1760ea43b4f786003f7a15');
INSERT INTO audit_log VALUES(135,'2026-11-22T07:49:34.080Z','','','person',85,'import','[]','6a2df0a62c504057fa72cb7a0e4fd53c2fcbf3a3985056c6dbb394d21351403a','e77051caba6f613001ff860c2d89a976ec5bc766ac1760ea43b4f786003f7a15','a348c648f7dbd0109ed7c208bd6f559c568e0dbc883269cca2cedc0cbec0a087');
INSERT INTO audit_log VALUES(136,'2026-11-22T07:49:34.080Z','','','person',86,'import','[]','75a3405f7919418a5a4b2f42f4a8fd7b3b5b975fa3ae27a1840ae66186dca73e','a348c648f7dbd0109ed7c208bd6f559c568e0dbc883269cca2cedc0cbec0a087','5e17ecfdfcb83eb11d8586fef1fad16a743fc10629e04b1b9c3193b8b6f9b332');
INSERT INTO audit_log VALUES(137,'2026-11-22T07:49:34.080Z','','','person',87,'import','[]','afd32375cf1b05dc66dd806a4a3136e005b87d6413987092c9a1eb727efe57b7','5e17ecfdfcb83eb11d8586fef1fad16a743fc10629e04b1b9c3193b8b6f9b332','c26d236263ab5141633e60df2132ab2a2650c9a07ee85d123c935704a01f7843');
INSERT INTO audit_log VALUES(138,'2026-11-22T07:49:34.080Z','','','person',88,'import','[]','d8a1cf99a8f8a8e75a3a37a0da9409635a99173a69e1129d31b892ae40911f01','c26d236263ab5141633e60df2132ab2a2650c9a07ee85d123c935704a01f7843','a8513292126a04578177fb142c8886b2525689e002ca03aa6c29c2e5d720121c');
INSERT INTO audit_log VALUES(139,'2026-11-22T07:49:34.080Z','','','person',89,'import','[]','25277c8b4ef3f1b3430ce92332d891cf18e485d4aadfe182afde57e77d7b0cb7','a8513292126a04578177fb142c8886b2525689e002ca03aa6c29c2e5d720121c','4213b4547f60ab2b43782c7cfa1102af47ef6287f21b952105872cee13414014');
INSERT INTO audit_log VALUES(140,'2026-11-22T07:49:34.080Z','','','person',90,'import','[]','bea5699b70d3c3f6cbf6e634247dc7f8411724b0e2202d326ebdd981bef0f4a3','4213b4547f60ab2b43782c7cfa1102af47ef6287f21b952105872cee13414014','2812d7be079cc3dee7518590d8b6e1264e6bfb2d22ea9c116c739cafaed8b330');
INSERT INTO audit_log VALUES(141,'2026-11-22T07:49:34.080Z','','','person',91,'import','[]','06819cdd0833cd287e33e7df459c14b8986429ce04742fb59882df33580dac76','2812d7be079cc3dee7518590d8b6e1264e6bfb2d22ea9c116c739cafaed8b330','0b993347a6f21fdb5f1e5a1d0ee392dd7ab4d61979d23d49b3b3391bdcae093e');
INSERT INTO audit_log VALUES(142,'2026-11-22T07:49:34.080Z','','','person',92,'import','[]','815e128149035254cf362c5402478851c415280d5cb53dddc6183a7eb5e13642','0b993347a6f21fdb5f1e5a1d0ee392dd7ab4d61979d23d49b3b3391bdcae093e','f05fc5f2e9c1b8cf4995d4ea38837b68771754126dfa6555532aa90b648743b4');
INSERT INTO audit_log VALUES(143,'2026-11-22T07:49:34.080Z','','','person',93,'import','[]','30c4b72a78ec863fbd9c00f966b5519ed2365550d3dd2c13f490ccdfce9223a1','f05fc5f2e9c1b8cf4995d4ea38837b68771754126dfa6555532aa90b648743b4','6dd486e5ea365d9399c29721f286ce16bac1ced17146c90e4799cae459294124');
INSERT INTO audit_log VALUES(144,'2026-11-22T07:49:34.080Z','','','person',94,'import','[]','a92619df172f62f72dae73dc3843e841042b76d0567f798374af41fbd5479bbe','6dd486e5ea365d9399c29721f286ce16bac1ced17146c90e4799cae459294124','e775fbb8944869f2b75e60d71e1ab4541ad89b92ee4ff2ab7430a5d27233f512');
INSERT INTO audit_log VALUES(145,'2026-11-22T07:49:34.080Z','','','person',95,'import','[]','5355e45008c57cba6af936743ed9794f67e0c64c4ec3a77e565e5332abbbdf72','e775fbb8944869f2b75e60d71e1ab4541ad89b92ee4ff2ab7430a5d27233f512','2a989a7e4a75cfdc287227d26c693f9c981c998b1758feb741ac720d5eb9f273');
INSERT INTO audit_log VALUES(146,'2026-11-22T07:49:34.080Z','','','person',96,'import','[]','653e7119794f866a170643b488229d6129be0f576d85e164fbd28d8d2e25d2b0','2a989a7e4a75cfdc287227d26c693f9c981c998b1758feb741ac720d5eb9f273','6c6666e41f644610923d06f72262eba08e78611ca7f2ca796e10d60d53e50d56');
INSERT INTO audit_log VALUES(147,'2026-11-22T07:49:34.080Z','','','person',97,'import','[]','5c6173fba3044f7fc1d77492f57e67ee6b22e1089ad3206bb8860179a2b0568c','6c6666e41f644610923d06f72262eba08e78611ca7f2ca796e10d60d53e50d56','f532d2241c37977485df7e03644390abf4637f1702e7964ccd4db54d4942af51');
INSERT INTO audit_log VALUES(148,'2026-11-22T07:49:34.080Z','','','person',98,'import','[]','c1edd9b39f9f9f54777b2f5476e9ed5e3b21cfc662904b5cc6c04786637c9cfa','f532d2241c37977485df7e03644390abf4637f1702e7964ccd4db54d4942af51','a6673a6ecc93dd482d003cf005fd12c055f6ace5fea412666a4fa9554ddfcb58');
INSERT INTO audit_log VALUES(149,'2026-11-22T07:49:34.080Z','','','person',99,'import','[]','fd57e0eee581e27883f22b87fdbc966ca4396de000c61e1b6ab31ca2893bd0f5','a6673a6ecc93dd482d003cf005fd12c055f6ace5fea412666a4fa9554ddfcb58','fde31de3a9752ebcfc8cd0bd51ac3bcb63e7ee986a55404be2cec48d456bcb71');
INSERT INTO audit_log VALUES(150,'2026-11-22T07:49:34.080Z','','','person',100,'import','[]','251ecf2c2acd947c6c725daaeb8cf955d616cdd673901035d8e2f6cb4bd3ee56','fde31de3a9752ebcfc8cd0bd51ac3bcb63e7ee986a55404be2cec48d456bcb71','13904bd1a44002f6219509d9ea3af6d75b6650a89de22d09577105841a6edde1');
INSERT INTO audit_log VALUES(151,'2026-11-22T07:49:34.080Z','','','person',101,'import','[]','5f462298dfea27ba5fbaec7c17bb65a1d13ddd8ec3f218150c18d02182967335','13904bd1a44002f6219509d9ea3af6d75b6650a89de22d09577105841a6edde1','2f2b675939fa52633501b26dea089da90b8528f78a7ef116a9be1a8609bb8374');
INSERT INTO audit_log VALUES(152,'2026-11-22T07:49:34.080Z','','','person',102,'import','[]','674bc1b7be8b9664e8a015ad9f92a513c1904edcc5d6d46574298022d0217a11','2f2b675939fa52633501b26dea089da90b8528f78a7ef116a9be1a8609bb8374','db018ed98be59171dd08bf10d38d4f81d5c5199d342b4b1a6c88d83292c07ed2');
INSERT INTO audit_log VALUES(153,'2026-11-22T07:49:34.080Z','','','person',103,'import','[]','5a0653369643d960dd13e39d1cdcca2a9ddbf3045595465cb0c2ff089e536c56','db018ed98be59171dd08bf10d38d4f81d5c5199d342b4b1a6c88d83292c07ed2','77a2650ab192b72c5158222c71716f27acc3543759947fc41550f01927544d4e');
INSERT INTO audit_log VALUES(154,'2026-11-22T07:49:34.080Z','','','person',104,'import','[]','89e10451d483195f8748c20781375480c1b84b0e4df4839c0be908528a590915','77a2650ab192b72c5158222c71716f27acc3543759947fc41550f01927544d4e','ea63beae66c60edd5d3a06b8f558c021513f4cccd90c362dfa6e238013338750');
INSERT INTO audit_log VALUES(155,'2026-11-22T07:49:34.080Z','','','person',105,'import','[]','c73c372b72e13dd6600181c2c3a3744846f95bc92e844453cbf0b16d66d7d3ae','ea63beae66c60edd5d3a06b8f558c021513f4cccd90c362dfa6e238013338750','083b7aa7fbdaadf5d629334094181d94039004cc7c416c51783f93e7a40cee17');
INSERT INTO audit_log VALUES(156,'2026-11-22T07:49:34.080Z','','','person',106,'import','[]','c55b1bedfacff6bc0720f3d2f5b2a0fe94bf59e4beb956e3f78984f434574a05','083b7aa7fbdaadf5d629334094181d94039004cc7c416c51783f93e7a40cee17','608d8de8336ce06fbdf8c8bedd0541e9b1031bb5f68130c72f8c61b0e96060ef');
INSERT INTO audit_log VALUES(157,'2026-11-22T07:49:34.080Z','','','person',107,'import','[]','c5b9d2eaddcedc3398553d2f9284e6fbe531bdfb6e0b8a9d4ea1b8f9fc6fe32f','608d8de8336ce06fbdf8c8bedd0541e9b1031bb5f68130c72f8c61b0e96060ef','d88b82c9021b7c1bd661b96c2ab7b5f88e7bbe585d8f61b5a408a6d354353c11');
INSERT INTO audit_log VALUES(158,'2026-11-22T07:49:34.080Z','','','person',108,'import','[]','d7a8e6785c5fe3a7d354dab1a51a636c6a84158662403e2a84e0df669faef624','d88b82c9021b7c1bd661b96c2ab7b5f88e7bbe585d8f61b5a408a6d354353c11','89881d654733979348f0a0d8bf621cb1e61b6522dc90d8bde06cff0788e4f640');
INSERT INTO audit_log VALUES(159,'2026-11-22T07:49:34.080Z','','','person',109,'import','[]','7bf04317ffbbfded7622cdf4afd6d2476e3c2b86d88f003be5ed70aae7b5dacd','89881d654733979348f0a0d8bf621cb1e61b6522dc90d8bde06cff0788e4f640','55f7222632bdd75d4ae705de5e8ecf9286503db2cc222ed9ffa86a48e5362d60');
INSERT INTO audit_log VALUES(160,'2026-11-22T07:49:34.080Z','','','person',110,'import','[]','c02170de7770398df94e1f30e0b7241cfa11ba599a701f3d9a92d7443802fe64','55f7222632bdd75d4ae705de5e8ecf9286503db2cc222ed9ffa86a48e5362d60','75c0f05f288af75a7948e91462065ab916f66e4fcb49765ef7fd80d01b031c30');
INSERT INTO audit_log VALUES(161,'2026-11-22T07:49:34.080Z','','','person',111,'import','[]','3b1e8edf6027378a361314bc945f0ed50db9e705a47ba588ac455653c74eaedc','75c0f05f288af75a7948e91462065ab916f66e4fcb49765ef7fd80d01b031c30','b5da52db1eb95d029d378f96a786719a9831b8407f91ca4e7ff3bb7ae7a315e1');
INSERT INTO audit_log VALUES(162,'2026-11-22T07:49:34.080Z','','','person',112,'import','[]','b584e491afa72389706e380e2a8e576caf9c138bc321ce14ba8ae124b0fcef8c','b5da52db1eb95d029d378f96a786719a9831b8407f91ca4e7ff3bb7ae7a315e1','11a5e291e17ca5cd9a9d56e944315208f211932afadef755c6b47b8b1613d22c');
INSERT INTO audit_log VALUES(163,'2026-11-22T07:49:34.080Z','','','person',113,'import','[]','a9da5341e982ac938eec88af37db7c47c57ff5a8f7bfe2cf41d5811edc050ab5','11a5e291e17ca5cd9a9d56e944315208f211932afadef755c6b47b8b1613d22c','45a9b821a5aa9f0e819cfe973ec7dfacacba145cf391c29820ab0a7eb14ca1fb');
INSERT INTO audit_log VALUES(164,'2026-11-22T07:49:34.080Z','','','place',1,'import','[]','3d9ab0f9461a39cedcf79100984a2aa606368f69408c857a975b3858c18e588e','45a9b821a5aa9f0e819cfe973ec7dfacacba145cf391c29820ab0a7eb14ca1fb','03b321cb382125db4e3716694554bf53980c00f081f133756ac4fd3f6b7d0f11');
INSERT INTO audit_log VALUES(165,'2026-11-22T07:49:34.080Z','','','place',2,'import','[]','36ec93f6aaec9e570aa309cef784c35c8eadc76d6697332b3ea066b3c5df573b','03b321cb382125db4e3716694554bf53980c00f081f133756ac4fd3f6b7d0f11','cc7a0ea78a606ed80ad37b8112ed491dc6cc4460fd001ffe02a098a645c30dea');
INSERT INTO audit_log VALUES(166,'2026-11-22T07:49:34.080Z','','','place',3,'import','[]','1502fb4d7bf5a8e44f60e94984f77e640f2307807e5a5391f6dcac518369bab8','cc7a0ea78a606ed80ad37b8112ed491dc6cc4460fd001ffe02a098a645c30dea','217985f6896913cdc6b012ac5e791fc824eb3c752ec9a144d504457940195e03');
INSERT INTO audit_log VALUES(167,'2026-11-22T07:49:34.080Z','','','place',4,'import','[]','effc10fd3d21bcd3814ab4438668658aff5dea0d3cbd9a7813c3e78ae5433294','217985f6896913cdc6b012ac5e791fc824eb3c752ec9a144d504457940195e03','985bc1ffde07db93c94debb95223f395b2804c2be7e31e17f87c5b798161c07a');
INSERT INTO audit_log VALUES(168,'2026-11-22T07:49:34.080Z','','','place',5,'import','[]','bad031311281567af814d7249e8959f98f3c41d03aa6c15f659b3a459833a8c1','985bc1ffde07db93c94debb95223f395b2804c2be7e31e17f87c5b798161c07a','20268dfcc34c72ef864ba815be469602d2085ebdf5c8dc813f9697b7af612f86');
INSERT INTO audit_log VALUES(169,'2026-11-22T07:49:34.080Z','','','place',6,'import','[]','8de3faf96c5714139ad22c63ffa2e62e2ea656be8c2f61a1728e1ee8369d2e90','20268dfcc34c72ef864ba815be469602d2085ebdf5c8dc813f9697b7af612f86','99a7840a2a915a118c9a22619fa760843cb63d0d36229ed091c71879e67eab8d');
INSERT INTO audit_log VALUES(170,'2026-11-22T07:49:34.080Z','','','place',7,'import','[]','303408549393527f3560986cb92ae9f3551907471211679ad2e82718303c66ce','99a7840a2a915a118c9a22619fa760843cb63d0d36229ed091c71879e67eab8d','86b999d373b354a9be2c4fd03a133177f8a739bb8633fd7e2ffbcda175756107');
INSERT INTO audit_log VALUES(171,'2026-11-22T07:49:34.080Z','','','asset',1,'import','[]','7fa965bece5cf1fa8a497715bc5987c5368d020c1168fe4fac264d2ebe35a2a3','86b999d373b354a9be2c4fd03a133177f8a739bb8633fd7e2ffbcda175756107','34be1c5b1b610de1e49dd3371b2850624e86f528ea20e2bf64c7562b9292055f');
INSERT INTO audit_log VALUES(172,'2026-11-22T07:49:34.080Z','','','asset',2,'import','[]','70424f556ae9374b8dde8ecad2237442695656318f5afa901d77cbdb6c0e8997','34be1c5b1b610de1e49dd3371b2850624e86f528ea20e2bf64c7562b9292055f','49a24ee47e059eeb5465f8a7c34dd2773d87aa284b3f75381dc5730321cd75ff');
INSERT INTO audit_log VALUES(173,'2026-11-22T07:49:34.080Z','','','asset',3,'import','[]','4bd043fccf6923d5c3b33f2b6fd24845ca1434856a1b03cf296a2b5112bf298e','49a24ee47e059eeb5465f8a7c34dd2773d87aa284b3f75381dc5730321cd75ff','9ffdd1f6bf152ca48f0a7a3f4aadc92df77af3b620ca4388ae052a153f6b15e0');
INSERT INTO audit_log VALUES(174,'2026-11-22T07:49:34.080Z','','','asset',4,'import','[]','faeeb249fda7738982745418ae0dfce8216895824a28017d71c6eb8dfceeaa4c','9ffdd1f6bf152ca48f0a7a3f4aadc92df77af3b620ca4388ae052a153f6b15e0','c6ce4e84712123d0e0bae72f40a893d1e53406e58c1b55b06623d1c5f75e5643');
INSERT INTO audit_log VALUES(175,'2026-11-22T07:49:34.080Z','','','asset',5,'import','[]','99d808af7739315e69d542907e9a95df343fcaa11b9a0849da2aabc965142a36','c6ce4e84712123d0e0bae72f40a893d1e53406e58c1b55b06623d1c5f75e5643','12989f3617a98680d83c04ee94a2834235bbe3f95a95944532609b6503d7f0f5');
INSERT INTO audit_log VALUES(176,'2026-11-22T07:49:34.080Z','','','asset',6,'import','[]','42e4ae0b0de50b9a48c81b69421fbe83c1df8a5fc42b9b0afa93da5017c89a2c','12989f3617a98680d83c04ee94a2834235bbe3f95a95944532609b6503d7f0f5','33a8776ed50199666747c6abdcfc1edd8a1732e585c0a283a6c03aeea96c71ca');
INSERT INTO audit_log VALUES(177,'2026-11-22T07:49:34.080Z','','','asset',7,'import','[]','be8434ca629728d8ee0c8a8bb3827aacb6fdb6f80ef81c73054a7ad89e1e3246','33a8776ed50199666747c6abdcfc1edd8a1732e585c0a283a6c03aeea96c71ca','8136c840ecdadad842f491b84f7c29d20b38cd92d2b2c3ac47d536fd125e2ae4');
INSERT INTO audit_log VALUES(178,'2026-11-22T07:49:34.080Z','','','asset',8,'import','[]','be92620623ffb93d60fc9d549c5989c6229d245765163ff436e64d961d532c47','8136c840ecdadad842f491b84f7c29d20b38cd92d2b2c3ac47d536fd125e2ae4','83101ef50892788009820bcc8b024bf07b3cdf3b400dd1e4c4e28ffefd9bbabc');
INSERT INTO audit_log VALUES(179,'2026-11-22T07:49:34.080Z','','','asset',9,'import','[]','573979786d286b8223a63dfd7a768b36a3be59f62e09398064d9d05a1dc32761','83101ef50892788009820bcc8b024bf07b3cdf3b400dd1e4c4e28ffefd9bbabc','1be721b4b52ddaf23642202e0d0065f61089c4dc4ec779a50df6e99e8b0f7736');
INSERT INTO audit_log VALUES(180,'2026-11-22T07:49:34.080Z','','','asset',10,'import','[]','a1278c9460832a3fdb47b7e332e3d51c587071a608d21b299eaa8ae56c799508','1be721b4b52ddaf23642202e0d0065f61089c4dc4ec779a50df6e99e8b0f7736','f8e53fb8d0b28e4911f8287057a931252de8973e29678e5650bc775eaa96f416');
INSERT INTO audit_log VALUES(181,'2026-11-22T07:49:34.080Z','','','asset',11,'import','[]','af36f42832e70b88b7004775a7309cc0eb4903e93e70667d1300019faa516452','f8e53fb8d0b28e4911f8287057a931252de8973e29678e5650bc775eaa96f416','92614f68868ba8875d079ce058cbe7d72da6744a23fa8e628ff0b98911103ac5');
INSERT INTO audit_log VALUES(182,'2026-11-22T07:49:34.080Z','','','asset',12,'import','[]','341fa4b7dd1379e88285e8e7cd841b1cfc650858f921b3a99b41b192159cceac','92614f68868ba8875d079ce058cbe7d72da6744a23fa8e628ff0b98911103ac5','55fe0d89f0931a73acc01e367f543dcdc06794e3004cea940f8bf1697b566791');
INSERT INTO audit_log VALUES(183,'2026-11-22T07:49:34.080Z','','','asset',13,'import','[]','64d80c6676cea50c9780bbc2360789e73ae1e776016aa051bbf36245b544e65d','55fe0d89f0931a73acc01e367f543dcdc06794e3004cea940f8bf1697b566791','4988aaa737b558f0bfb4f1ba313ca85ee42020695b968a44760bbb0917cdec8c');
INSERT INTO audit_log VALUES(184,'2026-11-22T07:49:34.080Z','','','asset',14,'import','[]','74c06eeef5637dc651763336a423ae59cff2a69181f385dac29480046fee3c4a','4988aaa737b558f0bfb4f1ba313ca85ee42020695b968a44760bbb0917cdec8c','df86f42396071b70ac076f13ab04cdccf19a2dfa1d96eb4eff3c8cd42209160b');
INSERT INTO audit_log VALUES(185,'2026-11-22T07:49:34.080Z','','','asset',15,'import','[]','f3850000d2b909b9ae114dd12c9a1eca393526db5a86ef73abdf1dd4ffe12f5c','df86f42396071b70ac076f13ab04cdccf19a2dfa1d96eb4eff3c8cd42209160b','688a01f1b31d9fb78ae56d17f8d9b85790e7471e278d6d061f45ed0a0b6afd74');
INSERT INTO audit_log VALUES(186,'2026-11-22T07:49:34.080Z','','','asset',16,'import','[]','0f232175a8b047619d0627368c503e7e5438b4249aa8eeb0606133eff1ec50c0','688a01f1b31d9fb78ae56d17f8d9b85790e7471e278d6d061f45ed0a0b6afd74','58a7a49f5f9a02f2020cd3f68489e9f9bd8bece1a269b86fe3f280b9f979ed26');
INSERT INTO audit_log VALUES(187,'2026-11-22T07:49:34.080Z','','','asset',17,'import','[]','0d95c659dc5811e351809f4f3987b05f22e0694eba99aa3f866b1e0695f12832','58a7a49f5f9a02f2020cd3f68489e9f9bd8bece1a269b86fe3f280b9f979ed26','f7ebcbb996c806ef9b18402b5c6e31ea5652632494edd6e8071bc106635980f2');
INSERT INTO audit_log VALUES(188,'2026-11-22T07:49:34.080Z','','','asset',18,'import','[]','efd9bc215e7bc43a4df59db10df944012b289d76446ed8ac95b9a951e5240dee','f7ebcbb996c806ef9b18402b5c6e31ea5652632494edd6e8071bc106635980f2','ada58bb40895376ec6cf895238a08e2da3afab337d1c39f76b1873c9c407cabf');
INSERT INTO audit_log VALUES(189,'2026-11-22T07:49:34.080Z','','','asset',19,'import','[]','29f7a6e12443e776c0956b93f787b5e3a6cf4d1fc3e92fc2e6abc1950d3ffb61','ada58bb40895376ec6cf895238a08e2da3afab337d1c39f76b1873c9c407cabf','995772f95355bec18cfb2c2555aff8bd3da69f715eac605fbc0c47a013e44426');
INSERT INTO audit_log VALUES(190,'2026-11-22T07:49:34.080Z','','','asset',20,'import','[]','71704c3246580bf04d7bfb607efc8eefc24b3ec796ada7554f82bdcd3a85b890','995772f95355bec18cfb2c2555aff8bd3da69f715eac605fbc0c47a013e44426','03acad08ae0d841263e5c520bc0d59f710f1ad350254bfa34d8c713552c67ab6');
INSERT INTO audit_log VALUES(191,'2026-11-22T07:49:34.080Z','','','asset',21,'import','[]','e0d9a91d356f680c2b10f102aee94008fbcb0c9fef951e7976f67b30c0f2ae1d','03acad08ae0d841263e5c520bc0d59f710f1ad350254bfa34d8c713552c67ab6','f89a216043e0306f0036fcf0d67f6bc8457a20bc6a82840973aeadc2cbaba445');
INSERT INTO audit_log VALUES(192,'2026-11-22T07:49:34.080Z','','','asset',22,'import','[]','a65f7d0d61d0cd227838e5892748d7775d82d32556f6a0c5524785e91ea6fd26','f89a216043e0306f0036fcf0d67f6bc8457a20bc6a82840973aeadc2cbaba445','5f690b01248cb81c20e77a5481e453fafb6c189893ea55c80840735f4b0ed1eb');
INSERT INTO audit_log VALUES(193,'2026-11-22T07:49:34.080Z','','','asset',23,'import','[]','f174b40be8e3285e835122aaa17929ba09fda154eb254e22dbee206dec96b035','5f690b01248cb81c20e77a5481e453fafb6c189893ea55c80840735f4b0ed1eb','9bd3b89b1c96044bdad60c31ec17f216dc4a9829f7660d5f8b0abae8d6253fc3');
INSERT INTO audit_log VALUES(194,'2026-11-22T07:49:34.080Z','','','asset',24,'import','[]','3928f3bf14bbc057f75e07c54cc5cc0eb7712c8c051dbbeaaf706738e4eb1f89','9bd3b89b1c96044bdad60c31ec17f216dc4a9829f7660d5f8b0abae8d6253fc3','a77abacddd954d12ab46d9f59d16c7f05d6b1029efffa5a39a418022ca1e3bfd');
INSERT INTO audit_log VALUES(195,'2026-11-22T07:49:34.080Z','','','asset',25,'import','[]','b8d09b04b8db0f6d39127a587d3c0d84c20c235eb68ba1bd784827bce6fad2fc','a77abacddd954d12ab46d9f59d16c7f05d6b1029efffa5a39a418022ca1e3bfd','fc6b79abf9b36e6fa894376d93f28d661c71da6db802d2f2558ae3111d5e54ae');
INSERT INTO audit_log VALUES(196,'2026-11-22T07:49:34.080Z','','','link',1,'import','[]','dc22f7e2d3388730ff75461ad1995a265e35d49e7f38acac32df0b4e09dfc870','fc6b79abf9b36e6fa894376d93f28d661c71da6db802d2f2558ae3111d5e54ae','3b67ac2d5760b8dcc081762bbf79cff9244d1742b4408d10e7e346795885b38f');
INSERT INTO audit_log VALUES(197,'2026-11-22T07:49:34.080Z','','','link',2,'import','[]','0a38b36eb7541575d58fbfc78f81e6ce57f19c9be96f4de7a1f02371c1c014b8','3b67ac2d5760b8dcc081762bbf79cff9244d1742b4408d10e7e346795885b38f','7eb1655a70a76a7b40cf3a2979f11ae1e3ddeae3bc38bc956a2f1f1e66d34d0f');
INSERT INTO audit_log VALUES(198,'2026-11-22T07:49:34.080Z','','','link',3,'import','[]','7526ea17eabcf2adde140ba428c28fa713b5b8d351d095713298c4a3970c0dfe','7eb1655a70a76a7b40cf3a2979f11ae1e3ddeae3bc38bc956a2f1f1e66d34d0f','16e046bae622072cee8fb647dbb8db701621ddc84b992d8af5fe5db174e5e227');
INSERT INTO audit_log VALUES(199,'2026-11-22T07:49:34.080Z','','','link',4,'import','[]','65cdf3fbba300c2e5c3360522357f4c99854b4c3a5ba0ac9093e44d1611f0790','16e046bae622072cee8fb647dbb8db701621ddc84b992d8af5fe5db174e5e227','5829d7cfad19f8d082bf191b3c922baeb43ba8268665be92853035f44b7b854c');
INSERT INTO audit_log VALUES(200,'2026-11-22T07:49:34.080Z','','','link',5,'import','[]','39cefa53797998e9535df3d2af5e2ce0baf4016739416404df0696816eaa227b','5829d7cfad19f8d082bf191b3c922baeb43ba8268665be92853035f44b7b854c','7abfd4fd52114fdd7b5c6f88ce645720c9f0906064df176b5137899f64884c7e');
INSERT INTO audit_log VALUES(201,'2026-11-22T07:49:34.080Z','','','acceptance',1,'import','[]','7dad67c75c14fc077e09e62986b43b54c696d80604e0cc67e9a87930abc04e97','7abfd4fd52114fdd7b5c6f88ce645720c9f0906064df176b5137899f64884c7e','4708880b2572398b1462065ad4008dbb3d24b9eb4cc465c3766faf2dfce9937d');
INSERT INTO audit_log VALUES(202,'2026-11-22T07:49:34.080Z','','','plan',1,'import','[]','a5b340c547496994aafd85a42fa128e211cd0b6efa4fd33ce4877fea345ad413','4708880b2572398b1462065ad4008dbb3d24b9eb4cc465c3766faf2dfce9937d','a60bd3c8dc8017b93fe6b3c2522f6aada244caee95ace224491b54fb4b920eab');
INSERT INTO audit_log VALUES(203,'2026-11-22T07:49:34.080Z','','','setting',0,'import','[{"field":"scheme","new":{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}},{"field":"settings","new":{}},{"field":"title","new":"みどり市 情報資産管理台帳（デモ）"}]','3600cb3141b6e155070214e5996e837d7f6a120c68601a356cc471b6a0ea9366','a60bd3c8dc8017b93fe6b3c2522f6aada244caee95ace224491b54fb4b920eab','1a159d147ed96b75d0efb0bfa1e5781e65a35d635b16960aaf419be3526ce23f');
INSERT INTO audit_log VALUES(204,'2026-11-22T07:49:34.080Z','','','zoneTable',0,'import','[{"field":"zoneTable","new":{"categories":[{"code":"SRV","label":{"en":"Servers and similar","ja":"サーバ等"},"match":{"server":true},"store":3,"use":2},{"code":"STORE_A","label":{"en":"PCs and media storing importance A information","ja":"重要度Aの情報を保存したパソコン・媒体"},"match":{"stores":["A"]},"store":3,"use":2},{"code":"REMOTE","label":{"en":"Devices that can remote-operate servers","ja":"サーバをリモート操作することができる機器"},"match":{"remote":true},"store":3,"use":2},{"code":"ACCESS_A","label":{"en":"Devices that can access importance A information","ja":"重要度Aの情報にアクセスできる機器"},"match":{"accesses":["A"]},"store":2,"use":2},{"code":"STORE_B","label":{"en":"PCs and media storing importance B information","ja":"重要度Bの情報を保存したパソコン・媒体"},"match":{"stores":["B"]},"store":2,"use":1},{"code":"STORE_C","label":{"en":"PCs and media storing importance C information","ja":"重要度Cの情報を保存したパソコン・媒体"},"match":{"stores":["C"]},"store":1,"use":1},{"code":"ACCESS_BC","label":{"en":"Devices that can access importance B or C information","ja":"重要度B・Cの情報にアクセスできる機器"},"match":{"accesses":["B","C"]},"store":1,"use":1}],"format":"daicho-zone-table","id":"kishiwada-hyo5","name":{"en":"Kishiwada Table 5 (zones and asset placement)","ja":"岸和田市 表5（区画と情報資産の配置）"},"version":1}}]','901a58b6ed6ba411dced32513e58f12bb89cbd61484a3343cffdba88f1e04450','1a159d147ed96b75d0efb0bfa1e5781e65a35d635b16960aaf419be3526ce23f','d365ef62dd403c0f55c1b4a2b2f0ebc3f11df13c922dad9f29c752b8152a41fb');
CREATE TABLE places (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id          INTEGER REFERENCES places(id),
    kind               TEXT NOT NULL,
    name               TEXT NOT NULL,
    level              INTEGER NOT NULL,
    locked_after_hours INTEGER NOT NULL DEFAULT 1,
    business_hours     TEXT NOT NULL DEFAULT '',
    entry_control      TEXT NOT NULL DEFAULT '', 
    manager_id         INTEGER REFERENCES people(id),
    controlled_area    INTEGER NOT NULL DEFAULT 0,
    handling_area      INTEGER NOT NULL DEFAULT 0,
    notes              TEXT NOT NULL DEFAULT ''
, outline TEXT NOT NULL DEFAULT '');
INSERT INTO places VALUES(1,NULL,'site','本庁舎敷地',0,0,'','',NULL,0,0,'','');
INSERT INTO places VALUES(2,1,'building','本庁舎',1,1,'08:30-17:15','key',1,0,0,'夜間は警備員が巡回','');
INSERT INTO places VALUES(3,2,'floor','3階',1,1,'','',NULL,0,0,'','');
INSERT INTO places VALUES(4,3,'room','情報政策課 執務室',2,1,'','ic-card',1,0,1,'','0,0 12000,0 12000,8000 0,8000');
INSERT INTO places VALUES(5,4,'container','施錠キャビネット1',3,1,'','key',1,0,1,'','10000,6000 11800,6000 11800,7800 10000,7800');
INSERT INTO places VALUES(6,2,'floor','地下1階',1,1,'','',NULL,0,0,'','');
INSERT INTO places VALUES(7,6,'room','サーバ室',4,1,'00:00-23:59','biometric,entry-log',1,1,1,'入室は事前申請','0,0 6000,0 6000,5000 3000,5000 3000,3000 0,3000');
CREATE TABLE acceptances (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    asset_id    INTEGER NOT NULL REFERENCES assets(id),
    code        TEXT NOT NULL,
    place_id    INTEGER REFERENCES places(id),
    subject     TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL,
    person      TEXT NOT NULL,
    until       TEXT NOT NULL,
    accepted_at TEXT NOT NULL
);
INSERT INTO acceptances VALUES(1,10,'ZONE-STORE-LOW',4,'STORE_A','執務室は夜間施錠・警備員巡回のため、年度末の移設まで受容する','情報セキュリティ責任者 佐藤','2027-03-31','2026-11-22T04:40:00.123Z');
CREATE TABLE floor_plans (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    floor_id          INTEGER NOT NULL UNIQUE REFERENCES places(id),
    title             TEXT NOT NULL DEFAULT '',
    department_id     INTEGER REFERENCES departments(id),
    author            TEXT NOT NULL DEFAULT '',
    approver          TEXT NOT NULL DEFAULT '',
    edition           TEXT NOT NULL DEFAULT '',
    created_on        TEXT,
    updated_on        TEXT,
    classification    TEXT NOT NULL DEFAULT '',
    grid_mm           INTEGER NOT NULL DEFAULT 500,
    north_degrees     INTEGER NOT NULL DEFAULT 0,
    background        BLOB,
    background_width  INTEGER NOT NULL DEFAULT 0,
    background_height INTEGER NOT NULL DEFAULT 0,
    background_x_um   INTEGER NOT NULL DEFAULT 0,
    background_y_um   INTEGER NOT NULL DEFAULT 0,
    background_um_per_px INTEGER NOT NULL DEFAULT 10000,
    background_opacity INTEGER NOT NULL DEFAULT 45,
    doors             TEXT NOT NULL DEFAULT '[]' 
);
INSERT INTO floor_plans VALUES(1,3,'情報政策課 セキュリティ区画図',4,'山田 太郎','佐藤 花子','第1版','2026-11-22','2026-11-22','機密性2',500,0,X'89504e470d0a1a0a0000000d49484452000000040000000308020000003b9639910000001149444154789c63f8f0e1191c31e0e4000089b92149525d1ca60000000049454e44ae426082',4,3,0,0,3000000,45,'[{"a":[5000,8000],"alarm":false,"autoLock":false,"b":[6000,8000],"keyHolder":"情報政策課長","lockType":"シリンダー錠","lockable":true,"notes":""}]');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('departments',49);
INSERT INTO sqlite_sequence VALUES('people',113);
INSERT INTO sqlite_sequence VALUES('places',7);
INSERT INTO sqlite_sequence VALUES('assets',25);
INSERT INTO sqlite_sequence VALUES('asset_links',5);
INSERT INTO sqlite_sequence VALUES('acceptances',1);
INSERT INTO sqlite_sequence VALUES('floor_plans',1);
CREATE INDEX people_department ON people(department_id);
CREATE INDEX assets_department ON assets(department_id);
CREATE INDEX assets_system ON assets(system_id);
CREATE INDEX asset_links_to ON asset_links(to_id);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX places_parent ON places(parent_id);
CREATE INDEX places_manager ON places(manager_id);
CREATE INDEX acceptances_asset ON acceptances(asset_id);
CREATE INDEX acceptances_place ON acceptances(place_id);
CREATE INDEX assets_use_place ON assets(use_place_id);
CREATE INDEX assets_store_place ON assets(store_place_id);
COMMIT;
PRAGMA user_version=3;
PRAGMA application_id=1145129283;
