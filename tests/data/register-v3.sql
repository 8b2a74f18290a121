-- Daicho register, schema version 3: register-v2.sql exported to JSON, given outlines for three areas, points
-- for two assets and a floor plan (1×1 PNG background, one door), and imported into a new register with
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
INSERT INTO audit_log VALUES(1,'2026-11-22T07:15:28.066Z','','','setting',0,'create','[{"field":"scheme","new":{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}},{"field":"settings","new":{}},{"field":"title","new":"情報資産管理台帳"}]','0ae6d6ab2a320480d6e1377020af20492a1425be5f8f483f997b7cc0e7f0837f','','47b5d85ff02eb1aca6fa4238c3cb3eaf94e2c106e11ecbe0b4d2340ad795fdb1');
INSERT INTO audit_log VALUES(2,'2026-11-22T07:15:28.082Z','','','department',1,'import','[]','2a6ac99232d87c9eb25b9491e3825e20c6451aa94a0ad0bf83aea561954a9ee0','47b5d85ff02eb1aca6fa4238c3cb3eaf94e2c106e11ecbe0b4d2340ad795fdb1','fb5e24bf8a11ced86b08117c709286291e7c0ef8ab35b9b6e82b19c0238e31f8');
INSERT INTO audit_log VALUES(3,'2026-11-22T07:15:28.082Z','','','department',2,'import','[]','02daf72117c3ebf71c417e2e38500a8cd00b823a916f7e7cc59b7fccee3b4b2f','fb5e24bf8a11ced86b08117c709286291e7c0ef8ab35b9b6e82b19c0238e31f8','2898ee27190a1b142196e0f48331328b44a6debb5cf08ef50364e5323d01ad02');
INSERT INTO audit_log VALUES(4,'2026-11-22T07:15:28.082Z','','','department',3,'import','[]','2bb5a213a8948d55c1233955fa07d228d74eb126b84eb5d432e57fcdab8562c7','2898ee27190a1b142196e0f48331328b44a6debb5cf08ef50364e5323d01ad02','a0ae1bbcd101933ce45ead9c11049716cf7952073e12db685b9162c453f0106a');
INSERT INTO audit_log VALUES(5,'2026-11-22T07:15:28.082Z','','','department',4,'import','[]','862317cbba0df844aa79f451c2bc2affa624f367ce3f3255531c0a7d3cae17d3','a0ae1bbcd101933ce45ead9c11049716cf7952073e12db685b9162c453f0106a','68d16db4fe2c868426222b94622d4e43506170de81dffb71d7548f464ef817bb');
INSERT INTO audit_log VALUES(6,'2026-11-22T07:15:28.082Z','','','department',5,'import','[]','6bd5c7576876424b1d70b8c75385bd8f589569bad4b5fe6629e7155508dd22e7','68d16db4fe2c868426222b94622d4e43506170de81dffb71d7548f464ef817bb','c3e88af62439a860218a9f07890195876419883b866a1085f26ccd46ca1fed54');
INSERT INTO audit_log VALUES(7,'2026-11-22T07:15:28.082Z','','','department',6,'import','[]','2985528dc481847e712c1d47c3372c4136cf088094e65dccc343ec2e5cb4876e','c3e88af62439a860218a9f07890195876419883b866a1085f26ccd46ca1fed54','f767f034196da2317d6ccfbed7ccf55b8181a797c64042bc57ac49c4ea9d97de');
INSERT INTO audit_log VALUES(8,'2026-11-22T07:15:28.082Z','','','department',7,'import','[]','088513191d41ff31feefa412a62248d061860c6eb2a1515bdb742b78cc71f2d2','f767f034196da2317d6ccfbed7ccf55b8181a797c64042bc57ac49c4ea9d97de','1ec25f1acebb96071e7ef120f8164b1af9eed480175a396a3f5158871b4427d8');
INSERT INTO audit_log VALUES(9,'2026-11-22T07:15:28.082Z','','','department',8,'import','[]','7cfcaba45f677d6f9e0dbe3efe590a68b7e3dfbcffcea35fdbbb0837eb8dd725','1ec25f1acebb96071e7ef120f8164b1af9eed480175a396a3f5158871b4427d8','5c18fbfee5240c2441c05628988ea25c66105852a58bfee0dc75d11e709bbe51');
INSERT INTO audit_log VALUES(10,'2026-11-22T07:15:28.082Z','','','department',9,'import','[]','1386e5b944578377c5272aebfdba072d7d4805e35e2bd48115cbfbcf0add8273','5c18fbfee5240c2441c05628988ea25c66105852a58bfee0dc75d11e709bbe51','8deeb0012d997482ec69423f77025c10f6d13bfa3871effde0ddc3e23c1166a6');
INSERT INTO audit_log VALUES(11,'2026-11-22T07:15:28.082Z','','','department',10,'import','[]','9d5a03413bb65d330c78cc78f777af6077dd02d34046579fe4bd37fa32cc28c3','8deeb0012d997482ec69423f77025c10f6d13bfa3871effde0ddc3e23c1166a6','c889ec607f8598ec9d91784837ade021aa02bf2b800b34554ec6ab0a8c1befb1');
INSERT INTO audit_log VALUES(12,'2026-11-22T07:15:28.082Z','','','department',11,'import','[]','6ce2d2725bf5d67cc63b842539b41835c02dbb1be554b6e90fd688f7425c2f82','c889ec607f8598ec9d91784837ade021aa02bf2b800b34554ec6ab0a8c1befb1','70cd9d4cbba8db7c7b15551705955c19cd5c4882d4e64880375b0d2056c8708d');
INSERT INTO audit_log VALUES(13,'2026-11-22T07:15:28.082Z','','','department',12,'import','[]','9afef2c17a4d53a4373e0cbbeac62322d88002d4132adfa585bd0f9f624dc676','70cd9d4cbba8db7c7b15551705955c19cd5c4882d4e64880375b0d2056c8708d','dc2bc2f95145fc3f35c984b2c8fab15b0579792d7bf5ef5e430d2c327e6ae6c1');
INSERT INTO audit_log VALUES(14,'2026-11-22T07:15:28.082Z','','','department',13,'import','[]','f43f62a7c2927e18bdba39dc32d70dd6227abf794355327de50683cfbf360ec1','dc2bc2f95145fc3f35c984b2c8fab15b0579792d7bf5ef5e430d2c327e6ae6c1','30fd9964866f0893fa0c515902cfa760bfcf049aa5880bc965f2a2cc75c4bd3a');
INSERT INTO audit_log VALUES(15,'2026-11-22T07:15:28.082Z','','','department',14,'import','[]','62a16dcdc66b9390c7d50b871060361ac4a076f0d5897f94bd166294ea03ccfb','30fd9964866f0893fa0c515902cfa760bfcf049aa5880bc965f2a2cc75c4bd3a','68055a28e1d71b1ffe375fff1c3e2696390d4608ade5dc6ca3317cfc902537c4');
INSERT INTO audit_log VALUES(16,'2026-11-22T07:15:28.082Z','','','department',15,'import','[]','8f742239a41c1a05a629cf4b9580f1753e92952e012741eeafbf23030a9c745d','68055a28e1d71b1ffe375fff1c3e2696390d4608ade5dc6ca3317cfc902537c4','510f29f488f810734c06d94a83ed1b590cab9dfc1c1b226a706d3b3d3ecba078');
INSERT INTO audit_log VALUES(17,'2026-11-22T07:15:28.082Z','','','department',16,'import','[]','b9ea423143b18930430c37a3e358d65b26a3faab3528a12be32369d9d6cfc8d3','510f29f488f810734c06d94a83ed1b590cab9dfc1c1b226a706d3b3d3ecba078','52abf829e9ef18646b15f28ad69b101b1806988c8edf43245d05e51d32985624');
INSERT INTO audit_log VALUES(18,'2026-11-22T07:15:28.082Z','','','department',17,'import','[]','0d1b2c1f2d5639a9e13a3fefd8bd1a8e83e85f7f246ee9215d86701e0b901519','52abf829e9ef18646b15f28ad69b101b1806988c8edf43245d05e51d32985624','07ec6932fb569005883745c97abd4adf48be156f9c0745c1a03c80dd1ce9f2d4');
INSERT INTO audit_log VALUES(19,'2026-11-22T07:15:28.082Z','','','department',18,'import','[]','9279d2a4627a1ea1392b1073218ebacad653d5388a964dc2c80abc220160a58f','07ec6932fb569005883745c97abd4adf48be156f9c0745c1a03c80dd1ce9f2d4','69ccf944a1df856656ba5130d542c44ec1c4feb4082836e22cd8972df32895a3');
INSERT INTO audit_log VALUES(20,'2026-11-22T07:15:28.082Z','','','department',19,'import','[]','737dfb66d4df43adb67c4fd06641cc29e94b2a5d3a0397731ee107fbf484589b','69ccf944a1df856656ba5130d542c44ec1c4feb4082836e22cd8972df32895a3','a2a4d190e86f07b266fc21ccbd9dfd2601548c6c894c4760b42d214e869dafc9');
INSERT INTO audit_log VALUES(21,'2026-11-22T07:15:28.082Z','','','department',20,'import','[]','d421595d9d6911cd3a7827ccba05f1184a3d3da3971c1df02012e4771973c752','a2a4d190e86f07b266fc21ccbd9dfd2601548c6c894c4760b42d214e869dafc9','f307c37d3b4f9ceb6b6abeea7a6ba97d41280641473ac7ea0d0c74918a28b444');
INSERT INTO audit_log VALUES(22,'2026-11-22T07:15:28.082Z','','','department',21,'import','[]','e402d8a592f77257074f5933b0edff77ccfc86bee2cd3a3d38976b92a34b20ff','f307c37d3b4f9ceb6b6abeea7a6ba97d41280641473ac7ea0d0c74918a28b444','73ec0c859b39a9baf8fd6c7978bc648ea15b3a18abede4687c812ba1bbd19efe');
INSERT INTO audit_log VALUES(23,'2026-11-22T07:15:28.082Z','','','department',22,'import','[]','4874db743792e59dd7ef00e8b3c99c15bc0e1e7e7cb32d6896ae43c7f4e9dd4b','73ec0c859b39a9baf8fd6c7978bc648ea15b3a18abede4687c812ba1bbd19efe','96bc6b495cc3f7b916c6b5b38593257deb84c7f03ab668e42dc1ab9e7e94a062');
INSERT INTO audit_log VALUES(24,'2026-11-22T07:15:28.082Z','','','department',23,'import','[]','a65cb8bf61ff724bc7726603fd11433a80ffd54c89fcd6a2bf8fc1e17153a33b','96bc6b495cc3f7b916c6b5b38593257deb84c7f03ab668e42dc1ab9e7e94a062','8b08eee9d08c7c0e82f1f90684306945cf777811bd254c5351b63650c963153d');
INSERT INTO audit_log VALUES(25,'2026-11-22T07:15:28.082Z','','','department',24,'import','[]','71823683478f0a68b351e41ee321549bd6f73b45c5eefa1b31c2185de1e62916','8b08eee9d08c7c0e82f1f90684306945cf777811bd254c5351b63650c963153d','add78d8673c6de133027c7545b28a391dc3f3597d05d6c7d4d68340318ff05ed');
INSERT INTO audit_log VALUES(26,'2026-11-22T07:15:28.082Z','','','department',25,'import','[]','e996e98a059d1eaf74e34f4157506c6c77cfdece0703643dda527f7fc9aee33e','add78d8673c6de133027c7545b28a391dc3f3597d05d6c7d4d68340318ff05ed','8155d51a697dc5b205a31a99ab7d452a3fbfb2541ac3c83f8c340741ae9059ca');
INSERT INTO audit_log VALUES(27,'2026-11-22T07:15:28.082Z','','','department',26,'import','[]','725c80db7b3b1c383247f7ef5c17d54a679ebf224fc185c9df2b96cac4af79c1','8155d51a697dc5b205a31a99ab7d452a3fbfb2541ac3c83f8c340741ae9059ca','951aeaf788e710440cd8ab3f5a433b5ab7cafa00876f99f4cf0acb218f4a50dd');
INSERT INTO audit_log VALUES(28,'2026-11-22T07:15:28.082Z','','','department',27,'import','[]','a51ee83b7a00eaa88e893947a952accfea32b1466d0ee1f618897c9221927d02','951aeaf788e710440cd8ab3f5a433b5ab7cafa00876f99f4cf0acb218f4a50dd','6d4255dc3fba2832d81a416d2601f2414198887a7f2d2ad0142d34c12de1a665');
INSERT INTO audit_log VALUES(29,'2026-11-22T07:15:28.082Z','','','department',28,'import','[]','77e0f04bd50bd33a16bc36c7bcb312e1ec20bb09d66430090b01722d190375da','6d4255dc3fba2832d81a416d2601f2414198887a7f2d2ad0142d34c12de1a665','b64e1412fd9f173d50e1d9a97249ae1629abc0296bbfb1f67d9b296b5362aa5a');
INSERT INTO audit_log VALUES(30,'2026-11-22T07:15:28.082Z','','','department',29,'import','[]','8f9d9078b23fe75f315dbdb3bc36d822b551d00d865e7a69839920d0529baffc','b64e1412fd9f173d50e1d9a97249ae1629abc0296bbfb1f67d9b296b5362aa5a','4bcc19b1b4e5bbc440a22a6c9a89e0821d74f635a8ce323c0e484e627921035e');
INSERT INTO audit_log VALUES(31,'2026-11-22T07:15:28.082Z','','','department',30,'import','[]','39f5c096e7901f7fdbfc98d77df352a09fb9c2d6e24b76ac58fb2d8c5df06d50','4bcc19b1b4e5bbc440a22a6c9a89e0821d74f635a8ce323c0e484e627921035e','ca29acd789c9a49a6f2c1ad25372847a56f1a3410d81fbdc3e7dbb94da42c45d');
INSERT INTO audit_log VALUES(32,'2026-11-22T07:15:28.082Z','','','department',31,'import','[]','38b62f6be9e225a55fd17c3f2583ac65fa8fe919e0da27bc6962ec4014c58a23','ca29acd789c9a49a6f2c1ad25372847a56f1a3410d81fbdc3e7dbb94da42c45d','ac8694de79a011dbc7270bc4976bd0fd0bc98c9b320ab8f4769d984913cb08ef');
INSERT INTO audit_log VALUES(33,'2026-11-22T07:15:28.082Z','','','department',32,'import','[]','0ef1082d940a5f3db703dc38628cf7cd13b3122eef7030f060c93855ec46eea4','ac8694de79a011dbc7270bc4976bd0fd0bc98c9b320ab8f4769d984913cb08ef','f9a309ff98ffadbbbb1590e5ea79ccc251d810f82aea1f6e66dda0b9744d375e');
INSERT INTO audit_log VALUES(34,'2026-11-22T07:15:28.082Z','','','department',33,'import','[]','6c81aaa6b0c45c6544eac831b5f361e8f5163a5d093d2583a4845840c5a5e7b7','f9a309ff98ffadbbbb1590e5ea79ccc251d810f82aea1f6e66dda0b9744d375e','f6f9f0f8e8f1a4c3c12e87bd1954c33a8231822c3641b1b853de459b433269b3');
INSERT INTO audit_log VALUES(35,'2026-11-22T07:15:28.082Z','','','department',34,'import','[]','506fabae198bdfaae43ac41db61ffe1aedf5f528db696a60cd8fda134a1979f5','f6f9f0f8e8f1a4c3c12e87bd1954c33a8231822c3641b1b853de459b433269b3','6e5db49f8878cf7c72080a5de51b6e5c4f35e565aa8c246cf96f4ff446e1c853');
INSERT INTO audit_log VALUES(36,'2026-11-22T07:15:28.082Z','','','department',35,'import','[]','42edc8353f81c1856d45e8cde5db4a2eae78263b0adb123896d3baf96ae49059','6e5db49f8878cf7c72080a5de51b6e5c4f35e565aa8c246cf96f4ff446e1c853','f1615d9064fbdbfa9f99c01bfcc2d58a10a1d3dbe4ecd7b50668dbae2bef2026');
INSERT INTO audit_log VALUES(37,'2026-11-22T07:15:28.082Z','','','department',36,'import','[]','053f9fc7e8024c2735a29f3f0b9f1ca82998e53e4b3a2e4f1c40290444d2d035','f1615d9064fbdbfa9f99c01bfcc2d58a10a1d3dbe4ecd7b50668dbae2bef2026','bf1d817a50d567fe99a26b1721dae293ab7736b3c8e88c8503af0fb047d0fea1');
INSERT INTO audit_log VALUES(38,'2026-11-22T07:15:28.082Z','','','department',37,'import','[]','b153689d0f16f56f88b71ea4e002b1f1f92d7d531fcfc0f0772a18eccfdf6daf','bf1d817a50d567fe99a26b1721dae293ab7736b3c8e88c8503af0fb047d0fea1','5a3e8e542be9e0c677c6393eb4130905d52f7a67d14f1500da68dd425b198970');
INSERT INTO audit_log VALUES(39,'2026-11-22T07:15:28.082Z','','','department',38,'import','[]','2ef9600f95c4ed607cfa40cc272096adad1f09d93585856543ce53dac2de6114','5a3e8e542be9e0c677c6393eb4130905d52f7a67d14f1500da68dd425b198970','50cdf6935c3ae64ce25f592e2117a6829aa70d9169a512f9d1093e56cb8ada00');
INSERT INTO audit_log VALUES(40,'2026-11-22T07:15:28.082Z','','','department',39,'import','[]','b6d466ea96424a55eaffac3db41276e3dfecf62b12879a27ca826fbe094a1ae6','50cdf6935c3ae64ce25f592e2117a6829aa70d9169a512f9d1093e56cb8ada00','fe5d7ea4739561304621e9f3d90334f9a9203189a53b3c42bc519c22d5036d80');
INSERT INTO audit_log VALUES(41,'2026-11-22T07:15:28.082Z','','','department',40,'import','[]','9ff26d833e77d7d878c8cb3a140055c173dd12cfc2f467dda65a551227abe2c8','fe5d7ea4739561304621e9f3d90334f9a9203189a53b3c42bc519c22d5036d80','2d9823b9110b1f717ff3449148d3f4b6529f16203dad2cd4b13b7350f4b69ace');
INSERT INTO audit_log VALUES(42,'2026-11-22T07:15:28.082Z','','','department',41,'import','[]','32894f176ec9918c2fbd6db03738a45b2193412f330cb18a3a4cfe8aeb345f8e','2d9823b9110b1f717ff3449148d3f4b6529f16203dad2cd4b13b7350f4b69ace','3effd4cc7889fb56532cf8e9ca23eeac1aadb4e853ef92c2f83cf8bba51e6fcb');
INSERT INTO audit_log VALUES(43,'2026-11-22T07:15:28.082Z','','','department',42,'import','[]','5b3ce6823d0f24c5db13ccad8ffcf0e9620c91d41730f20b40cf7f3fc33917b5','3effd4cc7889fb56532cf8e9ca23eeac1aadb4e853ef92c2f83cf8bba51e6fcb','67c186e8c381c1d2145cccb783d403b061152df6ed693f487fef11255c27f668');
INSERT INTO audit_log VALUES(44,'2026-11-22T07:15:28.082Z','','','department',43,'import','[]','17a85a36fce20483f4d5387c48209d4adff6b3b91e40cd1cd84303004e1f8018','67c186e8c381c1d2145cccb783d403b061152df6ed693f487fef11255c27f668','c437b7acc67f8bdc7c82f6e4ea9aab1012b497669949cdadbcdceabb10df66b6');
INSERT INTO audit_log VALUES(45,'2026-11-22T07:15:28.082Z','','','department',44,'import','[]','5154dcf91b17ab0f44e691ac3c56823a6b5adcd86af5cab4bbf9f96d1a67c82c','c437b7acc67f8bdc7c82f6e4ea9aab1012b497669949cdadbcdceabb10df66b6','3de590a861c3be999d9f52bcc95db665ab9dc7858c81ef268a410dea3c561a8c');
INSERT INTO audit_log VALUES(46,'2026-11-22T07:15:28.082Z','','','department',45,'import','[]','aa664bfeb968a6a49e05171eafe3f70a0c9f94e9fa87a0fa0a5797ac75a64713','3de590a861c3be999d9f52bcc95db665ab9dc7858c81ef268a410dea3c561a8c','a0f927b1538e613183c642ccf98251704130e5e546b3b7598e63d11ad84ed8e0');
INSERT INTO audit_log VALUES(47,'2026-11-22T07:15:28.082Z','','','department',46,'import','[]','f33ed98455352943411b25e5452d3a5a86adbac8383479bdf4c265f8fca1250c','a0f927b1538e613183c642ccf98251704130e5e546b3b7598e63d11ad84ed8e0','0edc18b5f861dab3de04d48d61775b6da022850a8652e0c12508f7af4625c4f1');
INSERT INTO audit_log VALUES(48,'2026-11-22T07:15:28.082Z','','','department',47,'import','[]','85047d0555da298aee9a2312ada10e62fd24ebc634bb5ccccddfda898fbb5083','0edc18b5f861dab3de04d48d61775b6da022850a8652e0c12508f7af4625c4f1','dffdedf1cc71ca0fbcddde5bda1985c25711be42d2ff7a7b92a05648b3e7c1f5');
INSERT INTO audit_log VALUES(49,'2026-11-22T07:15:28.082Z','','','department',48,'import','[]','dcc4089a974e8c5b47b1349b05e1193256bbc6b79a2ddeb220cf63caa85558c2','dffdedf1cc71ca0fbcddde5bda1985c25711be42d2ff7a7b92a05648b3e7c1f5','03ebbd416a841b5df2da34e387e75a4c175e4025c773e5c121ac6d52c249e28a');
INSERT INTO audit_log VALUES(50,'2026-11-22T07:15:28.082Z','','','department',49,'import','[]','9b5cc898509a968beab30371a73fd2e414b9002908caab31298630ee66fecdb5','03ebbd416a841b5df2da34e387e75a4c175e4025c773e5c121ac6d52c249e28a','4b9be822f5253c7b25fcbd3492b89e1c0e0231feb8be6c86861af17300d9dec6');
INSERT INTO audit_log VALUES(51,'2026-11-22T07:15:28.082Z','','','person',1,'import','[]','6c28d2dac6e694823c50f1bbe7272c1e862d0c88076d041e88c20b397e26a3e7','4b9be822f5253c7b25fcbd3492b89e1c0e0231feb8be6c86861af17300d9dec6','d277e5cdc114349b397183621d3a5f1f9b72e10485c2bb6f7b80a1e0e47c4da8');
INSERT INTO audit_log VALUES(52,'2026-11-22T07:15:28.082Z','','','person',2,'import','[]','9ec07c1545c581b354ba5e00f935a70fd87470f28542446e39bbb5b8faf19c47','d277e5cdc114349b397183621d3a5f1f9b72e10485c2bb6f7b80a1e0e47c4da8','cbbcb7bb1baa3d89e023eaedbd94855eebcd13f72a45fb7380bdd7db22c72535');
INSERT INTO audit_log VALUES(53,'2026-11-22T07:15:28.082Z','','','person',3,'import','[]','2886c9510960514c83747bb075395ca21ecba2b1479d98df5c6eac7dbe31ac92','cbbcb7bb1baa3d89e023eaedbd94855eebcd13f72a45fb7380bdd7db22c72535','8a702c941d5e4b7f6247fe6b9e38bfdacb4c7b8e917ea9f963b45379410ac0f7');
INSERT INTO audit_log VALUES(54,'2026-11-22T07:15:28.082Z','','','person',4,'import','[]','b445732c5e1cef30cef553491da2c31500770baf2729cdc0e4cb1ec03b187f21','8a702c941d5e4b7f6247fe6b9e38bfdacb4c7b8e917ea9f963b45379410ac0f7','822fe23777247eb0e93da38a87223ae6155d0c4421772ab8a5ceea4de06b7685');
INSERT INTO audit_log VALUES(55,'2026-11-22T07:15:28.082Z','','','person',5,'import','[]','fc00f6f9115736373931d955833ded32451e536a9eba4eceae097b49d2856d9c','822fe23777247eb0e93da38a87223ae6155d0c4421772ab8a5ceea4de06b7685','cf410d6ce36f83c2547f7926fd25cc0ba40afd00cd2383a9d3c3ceeaffb56735');
INSERT INTO audit_log VALUES(56,'2026-11-22T07:15:28.082Z','','','person',6,'import','[]','79bb230589192a2b13fd6938814bb81454464354affbc481c29d27b93e093ee7','cf410d6ce36f83c2547f7926fd25cc0ba40afd00cd2383a9d3c3ceeaffb56735','57308c280e5a25b36bd8123c3fee1758b198f9478dee65829376856db3d583a3');
INSERT INTO audit_log VALUES(57,'2026-11-22T07:15:28.082Z','','','person',7,'import','[]','3fe469334cfef417620f65f55f14279fdd0c55330b0bc3e499ad18a1c3706210','57308c280e5a25b36bd8123c3fee1758b198f9478dee65829376856db3d583a3','776598bbacedfba9cac0e39afe0be29479dcf625a998c8b2fd608d605eb2e9e4');
INSERT INTO audit_log VALUES(58,'2026-11-22T07:15:28.082Z','','','person',8,'import','[]','a0d4008eecacad0e21e06ebb06cbd69804f19003c63388fc39d67bd812541083','776598bbacedfba9cac0e39afe0be29479dcf625a998c8b2fd608d605eb2e9e4','6578ef69100093a4aab00867e7ec183c26149bc9bf5821efd8f0dbfb22fc58f2');
INSERT INTO audit_log VALUES(59,'2026-11-22T07:15:28.082Z','','','person',9,'import','[]','83b357cd86a8fe936d55260616707f9b7f01d57683f3da2aa4b7252589d09ab0','6578ef69100093a4aab00867e7ec183c26149bc9bf5821efd8f0dbfb22fc58f2','389ce9595be649c11b5ef5dbb5a6458a5298dc5bf9368913f6bc269c6633cd42');
INSERT INTO audit_log VALUES(60,'2026-11-22T07:15:28.082Z','','','person',10,'import','[]','a75142b444951e7e70ca520d89f9f7e50936058a832e0c4980ecfa895e84d67d','389ce9595be649c11b5ef5dbb5a6458a5298dc5bf9368913f6bc269c6633cd42','2d39514d729990d45a42b4bc75d12e4d9af834370320a3321b02858d3a87740c');
INSERT INTO audit_log VALUES(61,'2026-11-22T07:15:28.082Z','','','person',11,'import','[]','1ed3d11516bde09454c619e20aef4babae664915afa2490ac9a2df1871b15597','2d39514d729990d45a42b4bc75d12e4d9af834370320a3321b02858d3a87740c','31753cddb33702bcbaf3dfece79f12b44b8efc768f7bfbcd6a3dd4d6f833fb12');
INSERT INTO audit_log VALUES(62,'2026-11-22T07:15:28.082Z','','','person',12,'import','[]','78e2e52f0b0d2a9dc23784432c7ef8dd81871d9fe54ec2cc3bf7ac42930d9de5','31753cddb33702bcbaf3dfece79f12b44b8efc768f7bfbcd6a3dd4d6f833fb12','636e4d769335332e777bff42e07c51b56e948f0262c2d4d1eaf0b4de5802c790');
INSERT INTO audit_log VALUES(63,'2026-11-22T07:15:28.082Z','','','person',13,'import','[]','b2e3840f482e639337bc044b94a6743b03321a2158b5d4bab5a9168b4bc5afee','636e4d769335332e777bff42e07c51b56e948f0262c2d4d1eaf0b4de5802c790','f9eaa4f0d8c765f07ad6672501282c306dbf25e32e1d1d14e1353e95f1bdb988');
INSERT INTO audit_log VALUES(64,'2026-11-22T07:15:28.082Z','','','person',14,'import','[]','ae2cc412e95f8484f901b4c4437ef5e8a5723e9f15fd3ffb835b0ecf9226f18f','f9eaa4f0d8c765f07ad6672501282c306dbf25e32e1d1d14e1353e95f1bdb988','1977ac64ef31edb46a74bf2a1faf6a635166710b1617356f8e6330240829ae0b');
INSERT INTO audit_log VALUES(65,'2026-11-22T07:15:28.082Z','','','person',15,'import','[]','b58ad30c7fa20432b87cd5b092608286d785e5b74de960f98be2fc8eb60b2b5b','1977ac64ef31edb46a74bf2a1faf6a635166710b1617356f8e6330240829ae0b','df34d1f43ad2da46651e3cf34dc4923614221ba067d7b9e5fb4927ece9038f62');
INSERT INTO audit_log VALUES(66,'2026-11-22T07:15:28.082Z','','','person',16,'import','[]','13ff10a235bed933ef3516a4b4eb565211716a8202c374731ffba19cec3d19a7','df34d1f43ad2da46651e3cf34dc4923614221ba067d7b9e5fb4927ece9038f62','c04add23c804fa6ed1b7452088f3508a32441912a9cd2181a4dd3599242a9e15');
INSERT INTO audit_log VALUES(67,'2026-11-22T07:15:28.082Z','','','person',17,'import','[]','f3d25a75ae2404e4816baac96a3a1e7ebb3f15b61e78cbcc92246bdea95ef0e5','c04add23c804fa6ed1b7452088f3508a32441912a9cd2181a4dd3599242a9e15','d1ee331fe23d6f1d9a043838abd0a2e665fda42cccda828f6510f8dae53b925a');
INSERT INTO audit_log VALUES(68,'2026-11-22T07:15:28.082Z','','','person',18,'import','[]','d963a4a7e6461c9252dee4905904df9480c6a0d3f163f04094d69b10c376cf0d','d1ee331fe23d6f1d9a043838abd0a2e665fda42cccda828f6510f8dae53b925a','c085084e166da973ce1766556a376f1a5a524749641d65e0bf33399bf60b6ce0');
INSERT INTO audit_log VALUES(69,'2026-11-22T07:15:28.082Z','','','person',19,'import','[]','c5808a964d97267dbb953c64ea506230581f2bed3d29dedca3b0f15542ede439','c085084e166da973ce1766556a376f1a5a524749641d65e0bf33399bf60b6ce0','ae24808ee300ee45a87e18b415fb5348e0b059d4968b2bd9a484574799095fa1');
INSERT INTO audit_log VALUES(70,'2026-11-22T07:15:28.082Z','','','person',20,'import','[]','dc86e6b44142974440ed4ec58f5b805a5a9d0c841e866b41b8dc915154bbaa4d','ae24808ee300ee45a87e18b415fb5348e0b059d4968b2bd9a484574799095fa1','3b132dd4d2ac8446bf43e16d7fc41b0fffcfa0d0a9b36ed6e9deb6985dca5b72');
INSERT INTO audit_log VALUES(71,'2026-11-22T07:15:28.082Z','','','person',21,'import','[]','d19ed263aeabfd34146796085cdbf19c1b09443e63be0b69c94e271b16e4e282','3b132dd4d2ac8446bf43e16d7fc41b0fffcfa0d0a9b36ed6e9deb6985dca5b72','120cdd761aa1ae0f2d470335cf5f308719a9701375cd475e134efec2eef5401e');
INSERT INTO audit_log VALUES(72,'2026-11-22T07:15:28.082Z','','','person',22,'import','[]','496b00a085e8cee77109fe0e888b5fab70cf6b858ef213b133d85ef69e4c5a04','120cdd761aa1ae0f2d470335cf5f308719a9701375cd475e134efec2eef5401e','2b553a422c89b551b083c2217eb94e019bd1d7fc9d91b71f4d72bdbb4955e358');
INSERT INTO audit_log VALUES(73,'2026-11-22T07:15:28.082Z','','','person',23,'import','[]','9791537d0eb03cf917a60a34c945407d8b69b41e28d77e8f0c5bb4cdd98b9bd9','2b553a422c89b551b083c2217eb94e019bd1d7fc9d91b71f4d72bdbb4955e358','dea14da7d95f7a5fb2c077150e0f8e2f642bab1c24c20c51f914d4795bd179a6');
INSERT INTO audit_log VALUES(74,'2026-11-22T07:15:28.082Z','','','person',24,'import','[]','df4e35877279ae72a32067a2acfdbcce6fb90a4f649f2d0cb8dea9366e7de94e','dea14da7d95f7a5fb2c077150e0f8e2f642bab1c24c20c51f914d4795bd179a6','9f5a26e7d2170f377b50ac876fd40f1641faf518f38566e559b9a7c949023718');
INSERT INTO audit_log VALUES(75,'2026-11-22T07:15:28.082Z','','','person',25,'import','[]','51eb7bcf6dafa09c026bfca6b31a651b19cae26ccffe85eea8375007b40802ce','9f5a26e7d2170f377b50ac876fd40f1641faf518f38566e559b9a7c949023718','61bd01f84c19f127686c4fc95cce135a11023fe15f1ffccf14e194d02b2139a7');
INSERT INTO audit_log VALUES(76,'2026-11-22T07:15:28.082Z','','','person',26,'import','[]','7a5ac0fabd0fd551c044a714d195f4d38189656620f4350a1a751bf39daa0870','61bd01f84c19f127686c4fc95cce135a11023fe15f1ffccf14e194d02b2139a7','b6ad65adfbafc89923789b85c7e66adb80118bf402a9dbc8a4406a394bb3b1d0');
INSERT INTO audit_log VALUES(77,'2026-11-22T07:15:28.082Z','','','person',27,'import','[]','63f0f2f036e856cfa68e89dcfe3039e155669ae9af8a5a2d8c25717fe137eee3','b6ad65adfbafc89923789b85c7e66adb80118bf402a9dbc8a4406a394bb3b1d0','7fc244a11544220f205d6fd3f112a3d58839e3749028f11436a3c01b09803535');
INSERT INTO audit_log VALUES(78,'2026-11-22T07:15:28.082Z','','','person',28,'import','[]','e4a24e585de53208540c244cde2244c7fe324bf16ee16bf7173e2de638a22866','7fc244a11544220f205d6fd3f112a3d58839e3749028f11436a3c01b09803535','608092a4343162cf75ad7ac835b12331ebee6c712ab183ebf4c71bd516742fb8');
INSERT INTO audit_log VALUES(79,'2026-11-22T07:15:28.082Z','','','person',29,'import','[]','e617a1349eeb552155337ef476625f4e794de7cb1b66432085da8618f7d03f6c','608092a4343162cf75ad7ac835b12331ebee6c712ab183ebf4c71bd516742fb8','ac288abc966990e02d78631aaee367cfbe44cf5c1986811eaa20f47b61ae9128');
INSERT INTO audit_log VALUES(80,'2026-11-22T07:15:28.082Z','','','person',30,'import','[]','65e59836a944950fa29897193b9954d85d1bb20a32f600faef08e7d66aed2e70','ac288abc966990e02d78631aaee367cfbe44cf5c1986811eaa20f47b61ae9128','723d10238ede06b7097296ec0fa8259fd507eb5b4c8cb74541cb6a17af9b50fe');
INSERT INTO audit_log VALUES(81,'2026-11-22T07:15:28.082Z','','','person',31,'import','[]','ab2b22d3fd2a8dcb2cdb6653bd9ff16433e77f74206adbf87df6ee9312f4b7f7','723d10238ede06b7097296ec0fa8259fd507eb5b4c8cb74541cb6a17af9b50fe','a14fc08c65004d47af7c47bf3a784dd32e48310d21b0a86990908fc90aa38028');
INSERT INTO audit_log VALUES(82,'2026-11-22T07:15:28.082Z','','','person',32,'import','[]','558e5ebec0d4f210310c98da73df4da60640000accd486c27e62bacee9fcf6fb','a14fc08c65004d47af7c47bf3a784dd32e48310d21b0a86990908fc90aa38028','9c88fb546a54ec5d280543d8ba2203779a820e472d714812d991cd3ba4123312');
INSERT INTO audit_log VALUES(83,'2026-11-22T07:15:28.082Z','','','person',33,'import','[]','e4d6b31d18e53589987cbadf2ee3f8eae35e01e7cce255549dd12ff481eda79f','9c88fb546a54ec5d280543d8ba2203779a820e472d714812d991cd3ba4123312','f2dc7bfc44f2a7ba2fdf3615690a0eebff120b092b50b6092d35f5ce4eff2549');
INSERT INTO audit_log VALUES(84,'2026-11-22T07:15:28.082Z','','','person',34,'import','[]','9d7bcdeaa4c0798e90e1d8dccc03b14a3be1e024a31e36de9241b23f84010140','f2dc7bfc44f2a7ba2fdf3615690a0eebff120b092b50b6092d35f5ce4eff2549','7e58895655656b20bf690c18b7e117b0104c49120f0e67112aa4df6793ee7cc4');
INSERT INTO audit_log VALUES(85,'2026-11-22T07:15:28.082Z','','','person',35,'import','[]','a923ded8defb716eccd1622686d2d60b9728b86db1aa4361d13c3d098f614ba5','7e58895655656b20bf690c18b7e117b0104c49120f0e67112aa4df6793ee7cc4','69dd7dd11549b741ab94c16c09d457f2fccf647e97cf5319b71dece450c3809e');
INSERT INTO audit_log VALUES(86,'2026-11-22T07:15:28.082Z','','','person',36,'import','[]','0e30da4e83a19f6e41ac49373d176b4b854aded9a13554425d60393c8db2ba2b','69dd7dd11549b741ab94c16c09d457f2fccf647e97cf5319b71dece450c3809e','83f6da372c7a33a72138af74849ae5eb4ca125f28590d547b993195ef0015fa1');
INSERT INTO audit_log VALUES(87,'2026-11-22T07:15:28.082Z','','','person',37,'import','[]','f7c90a67779cfdd8f26a722370afc41d575eb9f16a35fdb05f39ae12c649d65f','83f6da372c7a33a72138af74849ae5eb4ca125f28590d547b993195ef0015fa1','1ab2d1d360ac69901f32a986afda2b567d7b880b093891dde481bae117cf2af0');
INSERT INTO audit_log VALUES(88,'2026-11-22T07:15:28.082Z','','','person',38,'import','[]','7bb2c6faeb436a526b39bb4030ec310ce68cf2eb87595ec6eb74e3b8bdbaa12e','1ab2d1d360ac69901f32a986afda2b567d7b880b093891dde481bae117cf2af0','b5bf0d3b6c8412d64644db212ea8de355cd2ea1a2570ec9b88c368dc0620ff8d');
INSERT INTO audit_log VALUES(89,'2026-11-22T07:15:28.082Z','','','person',39,'import','[]','cb17e7015bb4cdaf1e0c672bcc9a32eeaa43400af4c0925442f29012cb15e2cd','b5bf0d3b6c8412d64644db212ea8de355cd2ea1a2570ec9b88c368dc0620ff8d','dfecae568db1e1a0c2255be45e8aa243b6df154b4a8f771342db9f7c67ab3df8');
INSERT INTO audit_log VALUES(90,'2026-11-22T07:15:28.082Z','','','person',40,'import','[]','00063ee6f198128ccfbe5267d13d3f24464aa9f60e687a1bb87e52296651c846','dfecae568db1e1a0c2255be45e8aa243b6df154b4a8f771342db9f7c67ab3df8','b8232f88b26861c82c57a30a26b818bfaf9566ba6668cdc2cd55133418f867d0');
INSERT INTO audit_log VALUES(91,'2026-11-22T07:15:28.082Z','','','person',41,'import','[]','fc69366994304a9563487a25c9b5233d7c035301501a648ac945b7ebecb30af1','b8232f88b26861c82c57a30a26b818bfaf9566ba6668cdc2cd55133418f867d0','989e67ed25604e1200612be6af3d1f9a6ad776fdcaa8a2af6bcd81c6695ecf7c');
INSERT INTO audit_log VALUES(92,'2026-11-22T07:15:28.082Z','','','person',42,'import','[]','fb8ce70a6383a9edb569e40acd10de8c00771b535cdb790b780ae31e06be51ff','989e67ed25604e1200612be6af3d1f9a6ad776fdcaa8a2af6bcd81c6695ecf7c','09b16fecf1d9a71c5f78c56c626317892cabb6f75a6335391a0b98cc5b30c8db');
INSERT INTO audit_log VALUES(93,'2026-11-22T07:15:28.082Z','','','person',43,'import','[]','fad206ad8e742e93ce8309a898e3c930fdac82f326342c83487493f001d34e0b','09b16fecf1d9a71c5f78c56c626317892cabb6f75a6335391a0b98cc5b30c8db','f8dfa5c26f5e476b38eca37075c907e9c6f3077268d452e002dcdba8ae83b541');
INSERT INTO audit_log VALUES(94,'2026-11-22T07:15:28.082Z','','','person',44,'import','[]','f4eb377fefb2c94d59eae20faa023105e4b5cc032b812307c95e4f71de6e0878','f8dfa5c26f5e476b38eca37075c907e9c6f3077268d452e002dcdba8ae83b541','dec8d71ac35f271040c2a8e9aded281b86f2ae62d450d37c7b0488e61862b60f');
INSERT INTO audit_log VALUES(95,'2026-11-22T07:15:28.082Z','','','person',45,'import','[]','70a8bec869ffedc5c083e41ca0494f13fa7382ccd33d65d47e4d24a3831893d2','dec8d71ac35f271040c2a8e9aded281b86f2ae62d450d37c7b0488e61862b60f','66de66425bf1ed6da5b6891996e7e36cf5de0204dbd649112674af797d5fd890');
INSERT INTO audit_log VALUES(96,'2026-11-22T07:15:28.082Z','','','person',46,'import','[]','e1ebf71660ef7f7a5774c8c42d807d4c572568d14e04112ac92d5add92849adb','66de66425bf1ed6da5b6891996e7e36cf5de0204dbd649112674af797d5fd890','59241b605e5d9a5c52744c0a5e2b43737bf8459707ee2074b87dc2c10a3e065f');
INSERT INTO audit_log VALUES(97,'2026-11-22T07:15:28.082Z','','','person',47,'import','[]','664cb99f98455a15babb1368364a4e3f355a5c7675fff0d5813678a357a73e9d','59241b605e5d9a5c52744c0a5e2b43737bf8459707ee2074b87dc2c10a3e065f','fe05965f8777a4b60cea38c5f0f00fe90dbfcea564c43294a35b63f3e0279202');
INSERT INTO audit_log VALUES(98,'2026-11-22T07:15:28.082Z','','','person',48,'import','[]','e35234f0c0286c00374a3bda382f59740fb715076284603c29e95faf798a7fca','fe05965f8777a4b60cea38c5f0f00fe90dbfcea564c43294a35b63f3e0279202','dab4bb9cdbce2d11c44ac54915b503a1833de3315b3dfbafb23e5701d7d0989f');
INSERT INTO audit_log VALUES(99,'2026-11-22T07:15:28.082Z','','','person',49,'import','[]','541795950218e1f5013d9c485232fce8a9da50fe3685e3b533af48830813c21a','dab4bb9cdbce2d11c44ac54915b503a1833de3315b3dfbafb23e5701d7d0989f','1fb86df79f69b5dae69d7d9bd92f21b41dbf762671168d959da5c59a0c3cf236');
INSERT INTO audit_log VALUES(100,'2026-11-22T07:15:28.082Z','','','person',50,'import','[]','f1f6d45548bc18574b5a55907f67530bd68160b0f7fa6b934baaad0ede9f0335','1fb86df79f69b5dae69d7d9bd92f21b41dbf762671168d959da5c59a0c3cf236','05d52edc6f78559e7cc3224829cc3498fb86e2b18957d10a17a2cb85234d1c91');
INSERT INTO audit_log VALUES(101,'2026-11-22T07:15:28.082Z','','','person',51,'import','[]','882065b179cf119192b5b64dd8734aedc199c64f9ae15376198652f384058535','05d52edc6f78559e7cc3224829cc3498fb86e2b18957d10a17a2cb85234d1c91','8c8cc3d08c3f78078c3153c8d91a30b6faab40463e2b1c54b29d0c228302d90c');
INSERT INTO audit_log VALUES(102,'2026-11-22T07:15:28.082Z','','','person',52,'import','[]','edaf87dcb9a5bf7f8c78512d806c2c07ca46e3a8878143bb8353e0371f129f78','8c8cc3d08c3f78078c3153c8d91a30b6faab40463e2b1c54b29d0c228302d90c','b70566c42f0cd8b8a39f6b9f1724610a48334fdc1fe4fbad25291931d66864c3');
INSERT INTO audit_log VALUES(103,'2026-11-22T07:15:28.082Z','','','person',53,'import','[]','80b23fe6159f0d9cfde8d1ee31da2b17a1a279426ad3562b204a186a2a0d362e','b70566c42f0cd8b8a39f6b9f1724610a48334fdc1fe4fbad25291931d66864c3','3106d8398a47af555dbbe419af99d9356f201acb65730deeff1cabd308c4eb20');
INSERT INTO audit_log VALUES(104,'2026-11-22T07:15:28.082Z','','','person',54,'import','[]','548462cdb5c9b561f9b571f9f10a23dafefcbff333b46c086e3b0b0407cdee8e','3106d8398a47af555dbbe419af99d9356f201acb65730deeff1cabd308c4eb20','fd8e8df365a5efbe0fece2f2978b737a70b3df8ecaef6c5bff2a1ede7f9f50fe');
INSERT INTO audit_log VALUES(105,'2026-11-22T07:15:28.082Z','','','person',55,'import','[]','81f2f8497336bb6e4cf03088e440460816ec194f70329ba3a47fffda9a6efc27','fd8e8df365a5efbe0fece2f2978b737a70b3df8ecaef6c5bff2a1ede7f9f50fe','dedda6b1c7c0a8f0bba73f77a86be2fb0fd42f64abbefe41a5643bf686b4aefa');
INSERT INTO audit_log VALUES(106,'2026-11-22T07:15:28.082Z','','','person',56,'import','[]','e0b4143e2630c26f217be93996694917f1ce505bc7d28a7d4f7e78970926501c','dedda6b1c7c0a8f0bba73f77a86be2fb0fd42f64abbefe41a5643bf686b4aefa','2f77011f8638088662841731f9ce30f9eacff4bc43a849b52da2d58f0e6f627a');
INSERT INTO audit_log VALUES(107,'2026-11-22T07:15:28.082Z','','','person',57,'import','[]','b05ebfdcdcd8b6410a37d3c48148f5813a0792004dbf9116f149ac8a604ea731','2f77011f8638088662841731f9ce30f9eacff4bc43a849b52da2d58f0e6f627a','0dd8de833c09e15ffc27fff0996dda0bd711cf6889d6c217a0b27518da71aa2a');
INSERT INTO audit_log VALUES(108,'2026-11-22T07:15:28.082Z','','','person',58,'import','[]','7515c83bd595f1621188ca37ebdcc6c10f472242cf1143db7e29047a0fdb5ba0','0dd8de833c09e15ffc27fff0996dda0bd711cf6889d6c217a0b27518da71aa2a','2d30929682f55c968e7cf5057bbb82db9d5513f09b5c9edda11fde7eb326a84b');
INSERT INTO audit_log VALUES(109,'2026-11-22T07:15:28.082Z','','','person',59,'import','[]','7aba1f520e8ef4b02c3ad2b11140a48d742d3b837050e910213973fd164fa89f','2d30929682f55c968e7cf5057bbb82db9d5513f09b5c9edda11fde7eb326a84b','1019d10bc018ae5e59a4bb014bc01eb64c74aee9fd8b77eaf2f10c86d7578c49');
INSERT INTO audit_log VALUES(110,'2026-11-22T07:15:28.082Z','','','person',60,'import','[]','c5e368ae249e6dea66d4e10344d3d49a9725849d8cd4ec5679c4dd13dd585bbd','1019d10bc018ae5e59a4bb014bc01eb64c74aee9fd8b77eaf2f10c86d7578c49','56c82186e477836b5f6625add7ccdd6ecea90878fa3b2403e5d2d91ea8569226');
INSERT INTO audit_log VALUES(111,'2026-11-22T07:15:28.082Z','','','person',61,'import','[]','0a4603bdbb481c05e4174ad9e5857de20726aedab5110a404821e8692756b730','56c82186e477836b5f6625add7ccdd6ecea90878fa3b2403e5d2d91ea8569226','6bdd4959970969a60d19a318a5edc5e5f76c1273f90830d68e9635bba2820045');
INSERT INTO audit_log VALUES(112,'2026-11-22T07:15:28.082Z','','','person',62,'import','[]','395d116a94d6ecb64925aa40cda5afa97a5f7512d4748006c9a322ba3656ade4','6bdd4959970969a60d19a318a5edc5e5f76c1273f90830d68e9635bba2820045','8edabcc506dfbc53cf3b4d590a2fdc1d5a42c7876a53b489c750ab22c950c2fd');
INSERT INTO audit_log VALUES(113,'2026-11-22T07:15:28.082Z','','','person',63,'import','[]','1c7335e302731e490d299251924149d8381fe83df81f54d92bacaedcbf97801d','8edabcc506dfbc53cf3b4d590a2fdc1d5a42c7876a53b489c750ab22c950c2fd','7d883ab861cd5b3ee1e9864fdbbf1e88100656908d1cd420e53bf04b01c7e60c');
INSERT INTO audit_log VALUES(114,'2026-11-22T07:15:28.082Z','','','person',64,'import','[]','e67f24c8c55dde43ad02e2d5da81642a85b19186dfca6cdf5355b9dd55581e4a','7d883ab861cd5b3ee1e9864fdbbf1e88100656908d1cd420e53bf04b01c7e60c','45cd16c3501c50d93206f35e1eaaa84c883f8357951471b5d77fca9a1fe82f5b');
INSERT INTO audit_log VALUES(115,'2026-11-22T07:15:28.082Z','','','person',65,'import','[]','f1da7c6604c54986115997f83eb87fc065a658f5fdef033ba57a9df523b572b7','45cd16c3501c50d93206f35e1eaaa84c883f8357951471b5d77fca9a1fe82f5b','afcb449bed12c9e0460c2bc70e5252736f173b361da4e2355d049b3d0d0077f9');
INSERT INTO audit_log VALUES(116,'2026-11-22T07:15:28.082Z','','','person',66,'import','[]','0228ca4c00a784c8aba30da88de57ba80e2a3627e7f9f5867f3e2b688fbe39c6','afcb449bed12c9e0460c2bc70e5252736f173b361da4e2355d049b3d0d0077f9','db07b78e72ca23ed38bd9c233dd3f7d16e5b186fe8dd82a3160dd2c436c1f4fe');
INSERT INTO audit_log VALUES(117,'2026-11-22T07:15:28.082Z','','','person',67,'import','[]','98b1a2452422d4e9cd787ab93318f3f495b005d32b92cce9fcaaf5b6b70517c1','db07b78e72ca23ed38bd9c233dd3f7d16e5b186fe8dd82a3160dd2c436c1f4fe','52f8ea11bd32b8b4ffac480bc8e6f508b373db319796049c682916f358e71dbc');
INSERT INTO audit_log VALUES(118,'2026-11-22T07:15:28.082Z','','','person',68,'import','[]','df8dc0b227196ed6ed5d3b6d53359d7e8bbee6218c98a1d4796520b25b80a37a','52f8ea11bd32b8b4ffac480bc8e6f508b373db319796049c682916f358e71dbc','fb85e2aac01c833ac868085a85fbc97fd6bee516889b2828d30079ca6a81a77d');
INSERT INTO audit_log VALUES(119,'2026-11-22T07:15:28.082Z','','','person',69,'import','[]','cc563340ad4b4531b088bbcc2417b66e8e81379581a5526e97335873a2b3e8ef','fb85e2aac01c833ac868085a85fbc97fd6bee516889b2828d30079ca6a81a77d','c7e2ac1518071e0a1b8ba16fd1d68321d9928f22da547de71a0f48e499d9b2fc');
INSERT INTO audit_log VALUES(120,'2026-11-22T07:15:28.082Z','','','person',70,'import','[]','c9da1ce4bbfbc4679fed1b70bdd072ff5639080140f846dd5cd3187454a659e3','c7e2ac1518071e0a1b8ba16fd1d68321d9928f22da547de71a0f48e499d9b2fc','287d88344d0e7c3b384c95e36b25d66fc3ce7d4847e14768e43f83824c6fd0de');
INSERT INTO audit_log VALUES(121,'2026-11-22T07:15:28.082Z','','','person',71,'import','[]','efe3849f7d4d056f7359b1123e728ecd94827713221ebfa3d93d86022021fbc7','287d88344d0e7c3b384c95e36b25d66fc3ce7d4847e14768e43f83824c6fd0de','35e1e0c962bb03540d1a4cf9fea271e57b1480eeb7ffadfc93f3a55c4da9ae09');
INSERT INTO audit_log VALUES(122,'2026-11-22T07:15:28.082Z','','','person',72,'import','[]','0425501028ebf1da157f13fc25c69a2de23c55bc255d6f8192123fae5859b251','35e1e0c962bb03540d1a4cf9fea271e57b1480eeb7ffadfc93f3a55c4da9ae09','eba8dceb74387609ac81a20528fefd3a93668df81d34cd43eb2a21dd63446b90');
INSERT INTO audit_log VALUES(123,'2026-11-22T07:15:28.082Z','','','person',73,'import','[]','b7cda8a920d84579429b33f927e139503998a1d230e62200834e46dff24c6bc9','eba8dceb74387609ac81a20528fefd3a93668df81d34cd43eb2a21dd63446b90','037ac6bc311b0c87d527f52bb44e7c1f58c039da42e19d3acec5bb8ff1ba529a');
INSERT INTO audit_log VALUES(124,'2026-11-22T07:15:28.082Z','','','person',74,'import','[]','e519833ced0fcc1c465e1fc4bc30e51f98601fe88519210cc4d5e75bfe270d38','037ac6bc311b0c87d527f52bb44e7c1f58c039da42e19d3acec5bb8ff1ba529a','7c437d4896f62f87d5bb369516f436ad42f87bde69c810d3363dceee7b67af3e');
INSERT INTO audit_log VALUES(125,'2026-11-22T07:15:28.082Z','','','person',75,'import','[]','a0586fb970e61d5f647c09fc6b34cbc487184376fd9eea37daf92bee8f625f97','7c437d4896f62f87d5bb369516f436ad42f87bde69c810d3363dceee7b67af3e','79bd4a82bae08aeb4d881c366d9a5599d7ba751eb972d6b71a8af8405379afc0');
INSERT INTO audit_log VALUES(126,'2026-11-22T07:15:28.082Z','','','person',76,'import','[]','8c8843dffdff9e48b784142ca15f1c6553cb7f04454f1f5e1a03d46504d2a7fc','79bd4a82bae08aeb4d881c366d9a5599d7ba751eb972d6b71a8af8405379afc0','f8a61b27d4b0c317c560afe059cdab5cb33abd1e8e9dffc762442fe955d9720c');
INSERT INTO audit_log VALUES(127,'2026-11-22T07:15:28.082Z','','','person',77,'import','[]','6e99b37ee4459377ed32a0fcae2590ad11aa775c616beda021bf2f6c04038e06','f8a61b27d4b0c317c560afe059cdab5cb33abd1e8e9dffc762442fe955d9720c','26406e93126880a17a8a1e66c6dba62df2040ab8e76f5c77cd4dd220a586a0ee');
INSERT INTO audit_log VALUES(128,'2026-11-22T07:15:28.082Z','','','person',78,'import','[]','bb9ee9af4d6ddded41a31eb3d4ee05e25a75ea1a3e6861f13922f413a807d947','26406e93126880a17a8a1e66c6dba62df2040ab8e76f5c77cd4dd220a586a0ee','f88566084252c1572250fc086c96857aed3961f96b44cf91f23412861f9e7973');
INSERT INTO audit_log VALUES(129,'2026-11-22T07:15:28.082Z','','','person',79,'import','[]','9e421784656f8d4c2c6a604ec8875fb723a49d46f0c4a42ecc4cc28ebd3cb04f','f88566084252c1572250fc086c96857aed3961f96b44cf91f23412861f9e7973','231e72958295e6cffcbfcf42a78e8621effe606450501227e6d52e2f218c3af6');
INSERT INTO audit_log VALUES(130,'2026-11-22T07:15:28.082Z','','','person',80,'import','[]','e2c566fbcae7055aabe205f1dd3d60722feb7b6f5c928e2a62b2dc68f7b921be','231e72958295e6cffcbfcf42a78e8621effe606450501227e6d52e2f218c3af6','e1cdffb5c9d79a5f11bf58e3d3d182e6dddbe842ccd953806b0fc1c5c61b39aa');
INSERT INTO audit_log VALUES(131,'2026-11-22T07:15:28.082Z','','','person',81,'import','[]','99afd75ea2532d0fa0be78de69cae75db8d2dc46e8cdf35d2af28b6719334ba2','e1cdffb5c9d79a5f11bf58e3d3d182e6dddbe842ccd953806b0fc1c5c61b39aa','d36477977f29e98d0963f67a7d98db72954ca8d229b0e7887c4023f390436b31');
INSERT INTO audit_log VALUES(132,'2026-11-22T07:15:28.082Z','','','person',82,'import','[]','d554f6fff407645e9e042f4c2e8b495ac2651cdddaa023df468c3d6bd7961a71','d36477977f29e98d0963f67a7d98db72954ca8d229b0e7887c4023f390436b31','13c808c4624a26a1aaeac78abcafe64b852ec943ae7e90e5033d8d759ae184ae');
INSERT INTO audit_log VALUES(133,'2026-11-22T07:15:28.082Z','','','person',83,'import','[]','ec797357234c541e83b7fe7c2edd9844091f2c4d46ef169bf3bccdeb4abb4bd7','13c808c4624a26a1aaeac78abcafe64b852ec943ae7e90e5033d8d759ae184ae','e01035ebb4598956463c60a15bff0e2028721049d9b5c99059b55f9cd32e4080');
INSERT INTO audit_log VALUES(134,'2026-11-22T07:15:28.082Z','','','person',84,'import','[]','f2cc9ee6b1970e5cd95ec426d38dbc9a2ae439500034d295489bc74caf8912c8','e01035ebb4598956463c60a15bff0e2028721049d9b5c99059b55f9cd32e4080','a35be160f79afa331a7512f54b9e3cd5c3aecc8c4a9f01c25a8caf193782934d');
INSERT INTO audit_log VALUES(135,'2026-11-22T07:15:28.082Z','','','person',85,'import','[]','6a2df0a62c504057fa72cb7a0e4fd53c2fcbf3a3985056c6dbb394d21351403a','a35be160f79afa331a7512f54b9e3cd5c3aecc8c4a9f01c25a8caf193782934d','df540c4b334d91aefdd4a9fec6539a59609b1b2cc5f1d6bdafe0c82785cd96c7');
INSERT INTO audit_log VALUES(136,'2026-11-22T07:15:28.082Z','','','person',86,'import','[]','75a3405f7919418a5a4b2f42f4a8fd7b3b5b975fa3ae27a1840ae66186dca73e','df540c4b334d91aefdd4a9fec6539a59609b1b2cc5f1d6bdafe0c82785cd96c7','138d50fff3692187bb99a7d3a23995d877111727228ae1b7dbe57200e4e126b7');
INSERT INTO audit_log VALUES(137,'2026-11-22T07:15:28.082Z','','','person',87,'import','[]','afd32375cf1b05dc66dd806a4a3136e005b87d6413987092c9a1eb727efe57b7','138d50fff3692187bb99a7d3a23995d877111727228ae1b7dbe57200e4e126b7','8372e207ae70c127608b4f49b9ff8af78aa96a3fbc81816e7c63443dd08d4c93');
INSERT INTO audit_log VALUES(138,'2026-11-22T07:15:28.082Z','','','person',88,'import','[]','d8a1cf99a8f8a8e75a3a37a0da9409635a99173a69e1129d31b892ae40911f01','8372e207ae70c127608b4f49b9ff8af78aa96a3fbc81816e7c63443dd08d4c93','8559bfb9fc4384f72d1e596e2b5646922e126b7e082b72ba526e698023b03aef');
INSERT INTO audit_log VALUES(139,'2026-11-22T07:15:28.082Z','','','person',89,'import','[]','25277c8b4ef3f1b3430ce92332d891cf18e485d4aadfe182afde57e77d7b0cb7','8559bfb9fc4384f72d1e596e2b5646922e126b7e082b72ba526e698023b03aef','fb4e0b5ea5dd8ff1f66c189161af8504098bfc56e61bfddc021348e03a28ce12');
INSERT INTO audit_log VALUES(140,'2026-11-22T07:15:28.082Z','','','person',90,'import','[]','bea5699b70d3c3f6cbf6e634247dc7f8411724b0e2202d326ebdd981bef0f4a3','fb4e0b5ea5dd8ff1f66c189161af8504098bfc56e61bfddc021348e03a28ce12','a4153b15c42179835c0b020325f986bf5f701b2f1236c14f547b5a964c5afb07');
INSERT INTO audit_log VALUES(141,'2026-11-22T07:15:28.082Z','','','person',91,'import','[]','06819cdd0833cd287e33e7df459c14b8986429ce04742fb59882df33580dac76','a4153b15c42179835c0b020325f986bf5f701b2f1236c14f547b5a964c5afb07','68e6dda1c1c91d9be2a575625e2b414a36cbbcf1dbd24619720f3acaf3bd34c7');
INSERT INTO audit_log VALUES(142,'2026-11-22T07:15:28.082Z','','','person',92,'import','[]','815e128149035254cf362c5402478851c415280d5cb53dddc6183a7eb5e13642','68e6dda1c1c91d9be2a575625e2b414a36cbbcf1dbd24619720f3acaf3bd34c7','acfd8f14ecc66a2e26b8ef11b2c88db16196005b05f6bf4b9fdde956166bdd86');
INSERT INTO audit_log VALUES(143,'2026-11-22T07:15:28.082Z','','','person',93,'import','[]','30c4b72a78ec863fbd9c00f966b5519ed2365550d3dd2c13f490ccdfce9223a1','acfd8f14ecc66a2e26b8ef11b2c88db16196005b05f6bf4b9fdde956166bdd86','539f60ec445032ef329393bccaed7ef87c5be0f877bb6004c3218c695eecad10');
INSERT INTO audit_log VALUES(144,'2026-11-22T07:15:28.082Z','','','person',94,'import','[]','a92619df172f62f72dae73dc3843e841042b76d0567f798374af41fbd5479bbe','539f60ec445032ef329393bccaed7ef87c5be0f877bb6004c3218c695eecad10','de2f3e4031918ff782fcfcbdc92f3913f4a64109b13af39cb004eea9d006555d');
INSERT INTO audit_log VALUES(145,'2026-11-22T07:15:28.082Z','','','person',95,'import','[]','5355e45008c57cba6af936743ed9794f67e0c64c4ec3a77e565e5332abbbdf72','de2f3e4031918ff782fcfcbdc92f3913f4a64109b13af39cb004eea9d006555d','d249c1208a97f335e23b1b313f59a39d3881491a092d5dfe2d73cda858479c4a');
INSERT INTO audit_log VALUES(146,'2026-11-22T07:15:28.082Z','','','person',96,'import','[]','653e7119794f866a170643b488229d6129be0f576d85e164fbd28d8d2e25d2b0','d249c1208a97f335e23b1b313f59a39d3881491a092d5dfe2d73cda858479c4a','8a99a77743a746678ee701f407caba50b927bfbf86d587c3fb0b60f3ce8f257f');
INSERT INTO audit_log VALUES(147,'2026-11-22T07:15:28.082Z','','','person',97,'import','[]','5c6173fba3044f7fc1d77492f57e67ee6b22e1089ad3206bb8860179a2b0568c','8a99a77743a746678ee701f407caba50b927bfbf86d587c3fb0b60f3ce8f257f','8b0b1a3ab8525c3ff690c9fb26fa0e27c3406c1cd1f4b826990edd0f94f1da3f');
INSERT INTO audit_log VALUES(148,'2026-11-22T07:15:28.082Z','','','person',98,'import','[]','c1edd9b39f9f9f54777b2f5476e9ed5e3b21cfc662904b5cc6c04786637c9cfa','8b0b1a3ab8525c3ff690c9fb26fa0e27c3406c1cd1f4b826990edd0f94f1da3f','f6e13a18de3508fdc6a55ed766b8c97d2af0649dc64b006d833a4e8907c280a5');
INSERT INTO audit_log VALUES(149,'2026-11-22T07:15:28.082Z','','','person',99,'import','[]','fd57e0eee581e27883f22b87fdbc966ca4396de000c61e1b6ab31ca2893bd0f5','f6e13a18de3508fdc6a55ed766b8c97d2af0649dc64b006d833a4e8907c280a5','7bfa216821f5783e8e2f4d4f2b47e7c1809ea54e138dad0e9598982f183d8a90');
INSERT INTO audit_log VALUES(150,'2026-11-22T07:15:28.082Z','','','person',100,'import','[]','251ecf2c2acd947c6c725daaeb8cf955d616cdd673901035d8e2f6cb4bd3ee56','7bfa216821f5783e8e2f4d4f2b47e7c1809ea54e138dad0e9598982f183d8a90','3b09fb333ecc9f672de23f762574dae3e12d442e24b4dc1e37375667782f19cf');
INSERT INTO audit_log VALUES(151,'2026-11-22T07:15:28.082Z','','','person',101,'import','[]','5f462298dfea27ba5fbaec7c17bb65a1d13ddd8ec3f218150c18d02182967335','3b09fb333ecc9f672de23f762574dae3e12d442e24b4dc1e37375667782f19cf','6cb308f44396a2683d3a86bbd3b18203ef341e404b80c5d71aed90d78cba64e9');
INSERT INTO audit_log VALUES(152,'2026-11-22T07:15:28.082Z','','','person',102,'import','[]','674bc1b7be8b9664e8a015ad9f92a513c1904edcc5d6d46574298022d0217a11','6cb308f44396a2683d3a86bbd3b18203ef341e404b80c5d71aed90d78cba64e9','29b1166be1f4f95c8ccb39d2ffe39dc057f10805ded68317d51937b7b26a14f5');
INSERT INTO audit_log VALUES(153,'2026-11-22T07:15:28.082Z','','','person',103,'import','[]','5a0653369643d960dd13e39d1cdcca2a9ddbf3045595465cb0c2ff089e536c56','29b1166be1f4f95c8ccb39d2ffe39dc057f10805ded68317d51937b7b26a14f5','7f2b1d46c31ca75115f41ab90bca493a550affcf6ab3234986ee217dfdfed9d1');
INSERT INTO audit_log VALUES(154,'2026-11-22T07:15:28.082Z','','','person',104,'import','[]','89e10451d483195f8748c20781375480c1b84b0e4df4839c0be908528a590915','7f2b1d46c31ca75115f41ab90bca493a550affcf6ab3234986ee217dfdfed9d1','f2d45300434a01c7cfe1a5806dce893421c49c8b49a4496df33eafa85aa8059d');
INSERT INTO audit_log VALUES(155,'2026-11-22T07:15:28.082Z','','','person',105,'import','[]','c73c372b72e13dd6600181c2c3a3744846f95bc92e844453cbf0b16d66d7d3ae','f2d45300434a01c7cfe1a5806dce893421c49c8b49a4496df33eafa85aa8059d','03096f8dd3bf48a56859f6b3de00910b80ca49039b6f48d318b95acf32c32f8a');
INSERT INTO audit_log VALUES(156,'2026-11-22T07:15:28.082Z','','','person',106,'import','[]','c55b1bedfacff6bc0720f3d2f5b2a0fe94bf59e4beb956e3f78984f434574a05','03096f8dd3bf48a56859f6b3de00910b80ca49039b6f48d318b95acf32c32f8a','9c81c84fdc5209492470d9c7874b2312c71ea07d88c42d54301b98703f58f32e');
INSERT INTO audit_log VALUES(157,'2026-11-22T07:15:28.082Z','','','person',107,'import','[]','c5b9d2eaddcedc3398553d2f9284e6fbe531bdfb6e0b8a9d4ea1b8f9fc6fe32f','9c81c84fdc5209492470d9c7874b2312c71ea07d88c42d54301b98703f58f32e','3c5b104cdf797d6562f584288c51088c3c2d6d8158689b37f17414986c5de661');
INSERT INTO audit_log VALUES(158,'2026-11-22T07:15:28.082Z','','','person',108,'import','[]','d7a8e6785c5fe3a7d354dab1a51a636c6a84158662403e2a84e0df669faef624','3c5b104cdf797d6562f584288c51088c3c2d6d8158689b37f17414986c5de661','d0ad9defc0dff879728c5a93376dd76f4691754644e770ef05f8fab7deafbdda');
INSERT INTO audit_log VALUES(159,'2026-11-22T07:15:28.082Z','','','person',109,'import','[]','7bf04317ffbbfded7622cdf4afd6d2476e3c2b86d88f003be5ed70aae7b5dacd','d0ad9defc0dff879728c5a93376dd76f4691754644e770ef05f8fab7deafbdda','dd6efbb580ec5b69a2f32bee1e275200dfb1c76e753d991aea41d52c47f6685a');
INSERT INTO audit_log VALUES(160,'2026-11-22T07:15:28.082Z','','','person',110,'import','[]','c02170de7770398df94e1f30e0b7241cfa11ba599a701f3d9a92d7443802fe64','dd6efbb580ec5b69a2f32bee1e275200dfb1c76e753d991aea41d52c47f6685a','b71c53551335cf7e4d2f680d5b3289f779092cc34ebe8af92b6f753aa0f5c55c');
INSERT INTO audit_log VALUES(161,'2026-11-22T07:15:28.082Z','','','person',111,'import','[]','3b1e8edf6027378a361314bc945f0ed50db9e705a47ba588ac455653c74eaedc','b71c53551335cf7e4d2f680d5b3289f779092cc34ebe8af92b6f753aa0f5c55c','011f91b4087c8b3e6e6e7a3ae70bc5e1476e6118abe96f729aa23e94e36314c6');
INSERT INTO audit_log VALUES(162,'2026-11-22T07:15:28.082Z','','','person',112,'import','[]','b584e491afa72389706e380e2a8e576caf9c138bc321ce14ba8ae124b0fcef8c','011f91b4087c8b3e6e6e7a3ae70bc5e1476e6118abe96f729aa23e94e36314c6','c3a2fd02b7bff614f08115f2661edf1ba8260a70483cb84c84fef7bfe0e80894');
INSERT INTO audit_log VALUES(163,'2026-11-22T07:15:28.082Z','','','person',113,'import','[]','a9da5341e982ac938eec88af37db7c47c57ff5a8f7bfe2cf41d5811edc050ab5','c3a2fd02b7bff614f08115f2661edf1ba8260a70483cb84c84fef7bfe0e80894','1b34dde2f6919fc23f6296b05daea4ff08eb9f63060b406c43aea7a239781a56');
INSERT INTO audit_log VALUES(164,'2026-11-22T07:15:28.082Z','','','place',1,'import','[]','3d9ab0f9461a39cedcf79100984a2aa606368f69408c857a975b3858c18e588e','1b34dde2f6919fc23f6296b05daea4ff08eb9f63060b406c43aea7a239781a56','a4f09945496f3b602fde4ea202a04716fe7208311f45c9aed4e5ca842e024027');
INSERT INTO audit_log VALUES(165,'2026-11-22T07:15:28.082Z','','','place',2,'import','[]','36ec93f6aaec9e570aa309cef784c35c8eadc76d6697332b3ea066b3c5df573b','a4f09945496f3b602fde4ea202a04716fe7208311f45c9aed4e5ca842e024027','3a2b46d0fab9b3cc70444dba96a268d66e98c272c71e1ba72857b16a0af52a44');
INSERT INTO audit_log VALUES(166,'2026-11-22T07:15:28.082Z','','','place',3,'import','[]','1502fb4d7bf5a8e44f60e94984f77e640f2307807e5a5391f6dcac518369bab8','3a2b46d0fab9b3cc70444dba96a268d66e98c272c71e1ba72857b16a0af52a44','1675b647acd3a5b57c19f6ce37b7a55e57feafa445e6fb373925f8e1354e4622');
INSERT INTO audit_log VALUES(167,'2026-11-22T07:15:28.082Z','','','place',4,'import','[]','effc10fd3d21bcd3814ab4438668658aff5dea0d3cbd9a7813c3e78ae5433294','1675b647acd3a5b57c19f6ce37b7a55e57feafa445e6fb373925f8e1354e4622','0d8ff12e43fea768217694dbd6397c69cf8b566f46fb14587692199fed0d7e86');
INSERT INTO audit_log VALUES(168,'2026-11-22T07:15:28.082Z','','','place',5,'import','[]','bad031311281567af814d7249e8959f98f3c41d03aa6c15f659b3a459833a8c1','0d8ff12e43fea768217694dbd6397c69cf8b566f46fb14587692199fed0d7e86','59db1d11e5e8b72bb60940ae334cb935f71b1927f638248fa2f962586cf834ac');
INSERT INTO audit_log VALUES(169,'2026-11-22T07:15:28.082Z','','','place',6,'import','[]','8de3faf96c5714139ad22c63ffa2e62e2ea656be8c2f61a1728e1ee8369d2e90','59db1d11e5e8b72bb60940ae334cb935f71b1927f638248fa2f962586cf834ac','a9c41113f2cd5ef08d475742de3a2c55738f1c7aecdd0207745a719ad98cd756');
INSERT INTO audit_log VALUES(170,'2026-11-22T07:15:28.082Z','','','place',7,'import','[]','303408549393527f3560986cb92ae9f3551907471211679ad2e82718303c66ce','a9c41113f2cd5ef08d475742de3a2c55738f1c7aecdd0207745a719ad98cd756','f94d0d3329dcf41bb0c4b2a03ea43a38e16dfad4d441c275825238009aa6e72d');
INSERT INTO audit_log VALUES(171,'2026-11-22T07:15:28.082Z','','','asset',1,'import','[]','7fa965bece5cf1fa8a497715bc5987c5368d020c1168fe4fac264d2ebe35a2a3','f94d0d3329dcf41bb0c4b2a03ea43a38e16dfad4d441c275825238009aa6e72d','adf4d188823434fe879b4631be38e40e2e9f8eb6e2781542db7a7ec0a64287e3');
INSERT INTO audit_log VALUES(172,'2026-11-22T07:15:28.082Z','','','asset',2,'import','[]','70424f556ae9374b8dde8ecad2237442695656318f5afa901d77cbdb6c0e8997','adf4d188823434fe879b4631be38e40e2e9f8eb6e2781542db7a7ec0a64287e3','b5542ae81bc7b290f888709913b3745dc090f00bfdf0064950d60c1351ce7cda');
INSERT INTO audit_log VALUES(173,'2026-11-22T07:15:28.082Z','','','asset',3,'import','[]','4bd043fccf6923d5c3b33f2b6fd24845ca1434856a1b03cf296a2b5112bf298e','b5542ae81bc7b290f888709913b3745dc090f00bfdf0064950d60c1351ce7cda','bee5ccadca2c9958082b207c0afe7fc910469c30b2268db0bbfee483cc9af7a1');
INSERT INTO audit_log VALUES(174,'2026-11-22T07:15:28.082Z','','','asset',4,'import','[]','faeeb249fda7738982745418ae0dfce8216895824a28017d71c6eb8dfceeaa4c','bee5ccadca2c9958082b207c0afe7fc910469c30b2268db0bbfee483cc9af7a1','65c618f31fc2331895083b59f80dba141a1879f846128ad5848c911dc4a4664a');
INSERT INTO audit_log VALUES(175,'2026-11-22T07:15:28.082Z','','','asset',5,'import','[]','99d808af7739315e69d542907e9a95df343fcaa11b9a0849da2aabc965142a36','65c618f31fc2331895083b59f80dba141a1879f846128ad5848c911dc4a4664a','b1da034a6b3e8138d8223637ce5e7e72d058704c4c26154db47028b70e81a2fa');
INSERT INTO audit_log VALUES(176,'2026-11-22T07:15:28.082Z','','','asset',6,'import','[]','42e4ae0b0de50b9a48c81b69421fbe83c1df8a5fc42b9b0afa93da5017c89a2c','b1da034a6b3e8138d8223637ce5e7e72d058704c4c26154db47028b70e81a2fa','2300d424b9607012b0acc9662f92f1c35eaeefc232e6306d862c287f28b55420');
INSERT INTO audit_log VALUES(177,'2026-11-22T07:15:28.082Z','','','asset',7,'import','[]','be8434ca629728d8ee0c8a8bb3827aacb6fdb6f80ef81c73054a7ad89e1e3246','2300d424b9607012b0acc9662f92f1c35eaeefc232e6306d862c287f28b55420','d66c92219762a5a7a15fb5e188f868f697edfdb3eac325ddd35cb94f34cce9a1');
INSERT INTO audit_log VALUES(178,'2026-11-22T07:15:28.082Z','','','asset',8,'import','[]','be92620623ffb93d60fc9d549c5989c6229d245765163ff436e64d961d532c47','d66c92219762a5a7a15fb5e188f868f697edfdb3eac325ddd35cb94f34cce9a1','34ac66083c303cda0c295710642eb194c0594b6088425f71e9e92132af61806a');
INSERT INTO audit_log VALUES(179,'2026-11-22T07:15:28.082Z','','','asset',9,'import','[]','573979786d286b8223a63dfd7a768b36a3be59f62e09398064d9d05a1dc32761','34ac66083c303cda0c295710642eb194c0594b6088425f71e9e92132af61806a','8af3623c238a8bfcf00e93f82b03195a71bdb18e2d5eaf2858c17a250d315969');
INSERT INTO audit_log VALUES(180,'2026-11-22T07:15:28.082Z','','','asset',10,'import','[]','a1278c9460832a3fdb47b7e332e3d51c587071a608d21b299eaa8ae56c799508','8af3623c238a8bfcf00e93f82b03195a71bdb18e2d5eaf2858c17a250d315969','3df0a1ec0fcbcef82a68a50deaab3d7e11b7beed4613fcd5363b25ea47402118');
INSERT INTO audit_log VALUES(181,'2026-11-22T07:15:28.082Z','','','asset',11,'import','[]','af36f42832e70b88b7004775a7309cc0eb4903e93e70667d1300019faa516452','3df0a1ec0fcbcef82a68a50deaab3d7e11b7beed4613fcd5363b25ea47402118','5f04b47a995c445672978cd9b808fadeda3b7e79d063cfa93bbd674b71bd2ab6');
INSERT INTO audit_log VALUES(182,'2026-11-22T07:15:28.082Z','','','asset',12,'import','[]','341fa4b7dd1379e88285e8e7cd841b1cfc650858f921b3a99b41b192159cceac','5f04b47a995c445672978cd9b808fadeda3b7e79d063cfa93bbd674b71bd2ab6','16e102019198ca730168d1555402547e4a5daf01382b83f57c4f95e9828b0566');
INSERT INTO audit_log VALUES(183,'2026-11-22T07:15:28.082Z','','','asset',13,'import','[]','64d80c6676cea50c9780bbc2360789e73ae1e776016aa051bbf36245b544e65d','16e102019198ca730168d1555402547e4a5daf01382b83f57c4f95e9828b0566','d95a7ba956b44af18b33ba8c517fc0f8651d0ae846345d6b111a10685ee3ccbd');
INSERT INTO audit_log VALUES(184,'2026-11-22T07:15:28.082Z','','','asset',14,'import','[]','74c06eeef5637dc651763336a423ae59cff2a69181f385dac29480046fee3c4a','d95a7ba956b44af18b33ba8c517fc0f8651d0ae846345d6b111a10685ee3ccbd','92b028b520f785544141877d847779d575cf7ab2bce46e259ab8b6e43c0bcab4');
INSERT INTO audit_log VALUES(185,'2026-11-22T07:15:28.082Z','','','asset',15,'import','[]','f3850000d2b909b9ae114dd12c9a1eca393526db5a86ef73abdf1dd4ffe12f5c','92b028b520f785544141877d847779d575cf7ab2bce46e259ab8b6e43c0bcab4','b79376936db6f7c36e59c2b417b77c020c21a74d75bd46237b227b70a752d3d2');
INSERT INTO audit_log VALUES(186,'2026-11-22T07:15:28.082Z','','','asset',16,'import','[]','0f232175a8b047619d0627368c503e7e5438b4249aa8eeb0606133eff1ec50c0','b79376936db6f7c36e59c2b417b77c020c21a74d75bd46237b227b70a752d3d2','8a71f4565da9924435288430943e543dc39854993618259e88eb84e547583a41');
INSERT INTO audit_log VALUES(187,'2026-11-22T07:15:28.082Z','','','asset',17,'import','[]','0d95c659dc5811e351809f4f3987b05f22e0694eba99aa3f866b1e0695f12832','8a71f4565da9924435288430943e543dc39854993618259e88eb84e547583a41','06e1a2f2072008ee761fda116785ea79aae2d3d174f5c390d01b911f939ecfe9');
INSERT INTO audit_log VALUES(188,'2026-11-22T07:15:28.082Z','','','asset',18,'import','[]','efd9bc215e7bc43a4df59db10df944012b289d76446ed8ac95b9a951e5240dee','06e1a2f2072008ee761fda116785ea79aae2d3d174f5c390d01b911f939ecfe9','57c0f954c6370bd2670875bf27fa1fe8d2dcb2b5d982fea92fe10f707ba422f8');
INSERT INTO audit_log VALUES(189,'2026-11-22T07:15:28.082Z','','','asset',19,'import','[]','29f7a6e12443e776c0956b93f787b5e3a6cf4d1fc3e92fc2e6abc1950d3ffb61','57c0f954c6370bd2670875bf27fa1fe8d2dcb2b5d982fea92fe10f707ba422f8','15997b833916d0b85398066a9e0e0c184379ca0a55699f5c0d2c1b3c1751dd72');
INSERT INTO audit_log VALUES(190,'2026-11-22T07:15:28.082Z','','','asset',20,'import','[]','71704c3246580bf04d7bfb607efc8eefc24b3ec796ada7554f82bdcd3a85b890','15997b833916d0b85398066a9e0e0c184379ca0a55699f5c0d2c1b3c1751dd72','3b56ce9647ef53e4ada46a4609a86390a6fa4e3999ea3596ed488a8eb05a23b4');
INSERT INTO audit_log VALUES(191,'2026-11-22T07:15:28.082Z','','','asset',21,'import','[]','e0d9a91d356f680c2b10f102aee94008fbcb0c9fef951e7976f67b30c0f2ae1d','3b56ce9647ef53e4ada46a4609a86390a6fa4e3999ea3596ed488a8eb05a23b4','fb424ddc372331b9ff5aae89fde628d9c405aeb9babf9fc006df61897062737b');
INSERT INTO audit_log VALUES(192,'2026-11-22T07:15:28.082Z','','','asset',22,'import','[]','a65f7d0d61d0cd227838e5892748d7775d82d32556f6a0c5524785e91ea6fd26','fb424ddc372331b9ff5aae89fde628d9c405aeb9babf9fc006df61897062737b','21261dd9e21785650de82035579048da063f704dd394473e0c4d92b1d991d61c');
INSERT INTO audit_log VALUES(193,'2026-11-22T07:15:28.082Z','','','asset',23,'import','[]','f174b40be8e3285e835122aaa17929ba09fda154eb254e22dbee206dec96b035','21261dd9e21785650de82035579048da063f704dd394473e0c4d92b1d991d61c','c0603741f8d18561d95b21e38eedf04d36dd67bef35935c283ab340fd495473d');
INSERT INTO audit_log VALUES(194,'2026-11-22T07:15:28.082Z','','','asset',24,'import','[]','3928f3bf14bbc057f75e07c54cc5cc0eb7712c8c051dbbeaaf706738e4eb1f89','c0603741f8d18561d95b21e38eedf04d36dd67bef35935c283ab340fd495473d','be285ffcf36388948690b18ad7708b1fe92d2a0b47ac6c032b20f25d91eaa4bd');
INSERT INTO audit_log VALUES(195,'2026-11-22T07:15:28.082Z','','','asset',25,'import','[]','b8d09b04b8db0f6d39127a587d3c0d84c20c235eb68ba1bd784827bce6fad2fc','be285ffcf36388948690b18ad7708b1fe92d2a0b47ac6c032b20f25d91eaa4bd','7c75e2e527939a686c58572c71679c0a31e13ab11b2db742e5784b539152d6dc');
INSERT INTO audit_log VALUES(196,'2026-11-22T07:15:28.082Z','','','link',1,'import','[]','dc22f7e2d3388730ff75461ad1995a265e35d49e7f38acac32df0b4e09dfc870','7c75e2e527939a686c58572c71679c0a31e13ab11b2db742e5784b539152d6dc','810ad76c8f33ebde16da01fca34526097264e7599c72fe38a8c9f0e626079c78');
INSERT INTO audit_log VALUES(197,'2026-11-22T07:15:28.082Z','','','link',2,'import','[]','0a38b36eb7541575d58fbfc78f81e6ce57f19c9be96f4de7a1f02371c1c014b8','810ad76c8f33ebde16da01fca34526097264e7599c72fe38a8c9f0e626079c78','1ff75f42124ef28a461e9575ee48386ff2df5852cb1301976e0e06b02207aeba');
INSERT INTO audit_log VALUES(198,'2026-11-22T07:15:28.082Z','','','link',3,'import','[]','7526ea17eabcf2adde140ba428c28fa713b5b8d351d095713298c4a3970c0dfe','1ff75f42124ef28a461e9575ee48386ff2df5852cb1301976e0e06b02207aeba','1daaddd144d2b694c26257e58b3fbaff9d38a44a0faae565a8fbda7ee10b2e3f');
INSERT INTO audit_log VALUES(199,'2026-11-22T07:15:28.082Z','','','link',4,'import','[]','65cdf3fbba300c2e5c3360522357f4c99854b4c3a5ba0ac9093e44d1611f0790','1daaddd144d2b694c26257e58b3fbaff9d38a44a0faae565a8fbda7ee10b2e3f','57c4cfb4c25a6761cf48fa21ff5e40274c50376da15c97fca9bbab534b61c335');
INSERT INTO audit_log VALUES(200,'2026-11-22T07:15:28.082Z','','','link',5,'import','[]','39cefa53797998e9535df3d2af5e2ce0baf4016739416404df0696816eaa227b','57c4cfb4c25a6761cf48fa21ff5e40274c50376da15c97fca9bbab534b61c335','ac7d07204b5fe2ca7db8035d4366cecb53eeaad66d049d63b89401cc3cfc97fd');
INSERT INTO audit_log VALUES(201,'2026-11-22T07:15:28.082Z','','','acceptance',1,'import','[]','7dad67c75c14fc077e09e62986b43b54c696d80604e0cc67e9a87930abc04e97','ac7d07204b5fe2ca7db8035d4366cecb53eeaad66d049d63b89401cc3cfc97fd','9a2a855d3c5b74a02fcb7e7a5904bd479693ac6b8c85f9a07385bc7beb199748');
INSERT INTO audit_log VALUES(202,'2026-11-22T07:15:28.082Z','','','plan',1,'import','[]','4f36034a5f61e6c40a1b7f0a5d83e222099c1d52c44ea3b6fb753088a6c2a82c','9a2a855d3c5b74a02fcb7e7a5904bd479693ac6b8c85f9a07385bc7beb199748','d1019a30c77ca43e2948f66810d9ca3b8b41c9defc8a564fb1d89a2ffa06f607');
INSERT INTO audit_log VALUES(203,'2026-11-22T07:15:28.082Z','','','setting',0,'import','[{"field":"scheme","new":{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}},{"field":"settings","new":{}},{"field":"title","new":"みどり市 情報資産管理台帳（デモ）"}]','3600cb3141b6e155070214e5996e837d7f6a120c68601a356cc471b6a0ea9366','d1019a30c77ca43e2948f66810d9ca3b8b41c9defc8a564fb1d89a2ffa06f607','6d6615f8976eff1440bd76331e314fbf3afe70c31bd33e5fceb2e6a94de62d1d');
INSERT INTO audit_log VALUES(204,'2026-11-22T07:15:28.082Z','','','zoneTable',0,'import','[{"field":"zoneTable","new":{"categories":[{"code":"SRV","label":{"en":"Servers and similar","ja":"サーバ等"},"match":{"server":true},"store":3,"use":2},{"code":"STORE_A","label":{"en":"PCs and media storing importance A information","ja":"重要度Aの情報を保存したパソコン・媒体"},"match":{"stores":["A"]},"store":3,"use":2},{"code":"REMOTE","label":{"en":"Devices that can remote-operate servers","ja":"サーバをリモート操作することができる機器"},"match":{"remote":true},"store":3,"use":2},{"code":"ACCESS_A","label":{"en":"Devices that can access importance A information","ja":"重要度Aの情報にアクセスできる機器"},"match":{"accesses":["A"]},"store":2,"use":2},{"code":"STORE_B","label":{"en":"PCs and media storing importance B information","ja":"重要度Bの情報を保存したパソコン・媒体"},"match":{"stores":["B"]},"store":2,"use":1},{"code":"STORE_C","label":{"en":"PCs and media storing importance C information","ja":"重要度Cの情報を保存したパソコン・媒体"},"match":{"stores":["C"]},"store":1,"use":1},{"code":"ACCESS_BC","label":{"en":"Devices that can access importance B or C information","ja":"重要度B・Cの情報にアクセスできる機器"},"match":{"accesses":["B","C"]},"store":1,"use":1}],"format":"daicho-zone-table","id":"kishiwada-hyo5","name":{"en":"Kishiwada Table 5 (zones and asset placement)","ja":"岸和田市 表5（区画と情報資産の配置）"},"version":1}}]','901a58b6ed6ba411dced32513e58f12bb89cbd61484a3343cffdba88f1e04450','6d6615f8976eff1440bd76331e314fbf3afe70c31bd33e5fceb2e6a94de62d1d','78873a51860a57ef2374be8927e6fee3455df0a1f867414eb8c159cc65734f81');
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
INSERT INTO floor_plans VALUES(1,3,'情報政策課 セキュリティ区画図',4,'山田 太郎','佐藤 花子','第1版','2026-11-22','2026-11-22','機密性2',500,0,X'89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf000000030101001864a6d50000000049454e44ae426082',1,1,0,0,10000000,45,'[{"a":[5000,8000],"alarm":false,"autoLock":false,"b":[6000,8000],"keyHolder":"情報政策課長","lockType":"シリンダー錠","lockable":true,"notes":""}]');
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
