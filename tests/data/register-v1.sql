-- Daicho register, schema version 1, made by daicho-cli demo --assets 25 --seed 3 (2026-11-22).
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
);
INSERT INTO assets VALUES(1,'0310-0001',13,'住民基本台帳事務','住民記録システム','system',NULL,'mynumber','市民課及び関係課職員',28,'サーバ（庁内）',1,0,1,120000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:1;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:0;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:0;RTO_DEFINED:0',0,0,0,'issued','',NULL,'2020-04-01','2022-10-13','藤井　美咲','','active');
INSERT INTO assets VALUES(2,'0410-0001',17,'市民税・固定資産税の賦課徴収','税務システム','system',NULL,'mynumber','市民税課及び関係課職員',36,'サーバ（庁内）',1,0,1,98000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:1;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1;RTO_DEFINED:1',0,0,0,'issued','',NULL,'2020-04-01','2025-12-26','酒井　明美','','active');
INSERT INTO assets VALUES(3,'0310-0002',13,'住民基本台帳事務','住民記録APサーバ','server',NULL,'mynumber','情報システム管理者',28,'サーバ室（マイナンバー系専用ラック）',0,0,0,-1,'','','','','','',1,0,0,'issued','',NULL,'2020-04-01','2025-04-16','柴田　愛','','active');
INSERT INTO assets VALUES(4,'0310-0003',13,'住民基本台帳事務','住民記録DBサーバ','server',NULL,'mynumber','情報システム管理者',28,'サーバ室（マイナンバー系専用ラック）',0,0,0,-1,'','','','','','',0,0,0,'issued','',NULL,'2020-04-01','2026-03-29','藤井　美咲','','active');
INSERT INTO assets VALUES(5,'0420-0001',18,'情報機器管理','シンクライアント端末（窓口用）','pc',NULL,'mynumber','資産税課職員',37,'執務室',0,0,0,-1,'','','','','','',0,1,0,'issued','',NULL,'2023-10-23','2025-05-03','大塚　典子','多要素認証（生体認証）、USBメモリへの書き出し不可','active');
INSERT INTO assets VALUES(6,'0560-0001',26,'情報機器管理','シンクライアント端末','pc',NULL,'mynumber','健康推進課職員',59,'執務室',0,0,0,-1,'','','','','','',0,1,0,'issued','',NULL,'2025-12-02','2025-12-02','鈴木　彩','多要素認証（生体認証）、USBメモリへの書き出し不可','active');
INSERT INTO assets VALUES(7,'0410-0002',17,'情報機器管理','ノートパソコン','pc',NULL,'lgwan','市民税課職員',35,'執務室',0,0,0,-1,'','','','','','',1,1,0,'issued','',NULL,'2020-05-30','2025-06-15','池田　健司','','active');
INSERT INTO assets VALUES(8,'0530-0001',23,'記録媒体管理','SDカード（デジタルカメラ用）','removable-media',NULL,'lgwan','介護保険課職員',50,'キャビネット（施錠）',0,0,0,-1,'','','','','','',0,0,0,'issued','',NULL,'2024-07-12','2025-06-13','野村　誠','','active');
INSERT INTO assets VALUES(9,'0720-0001',29,'ごみ収集','粗大ごみ収集受付データ（令和6年度）','information',NULL,'lgwan','ごみ対策課職員',66,'ファイルサーバ',1,0,0,9400,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:0;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','1年','2026-03-31','2024-04-28','2025-10-14','菊地　秀樹','','active');
INSERT INTO assets VALUES(10,'0550-0001',25,'児童手当','児童手当受給者データ','information',NULL,'mynumber','子育て支援課（担当者のみ）',57,'マイナンバー利用事務系 共有フォルダ',1,0,1,11000,'3','2','2','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:0;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:0;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:0;RTO_DEFINED:0',0,0,0,'issued','5年','2031-03-31','2026-02-06','2026-02-06','山本　陽子','','active');
INSERT INTO assets VALUES(11,'0910-0001',34,'予算','予算要求資料（令和3年度）','information',NULL,'lgwan','道路課職員',75,'ファイルサーバ',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:0',0,0,0,'issued','5年','2027-03-31','2021-11-02','2021-11-02','藤本　博之','','active');
INSERT INTO assets VALUES(12,'0940-0001',37,'下水道事業','受益者負担金賦課データ（令和4年度）','information',NULL,'lgwan','下水道課職員',85,'ファイルサーバ',1,0,0,36000,'2','2','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:0;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','10年','2033-03-31','2022-07-01','2025-01-04','原田　達也','','active');
INSERT INTO assets VALUES(13,'0930-0001',36,'庶務','課内会議録（令和7年度）','information',NULL,'lgwan','建築指導課職員',81,'ファイルサーバ',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:0;LOCKED_STORAGE:1',0,0,0,'issued','5年','2031-03-31','2025-10-31','2025-10-31','渡辺　明美','','active');
INSERT INTO assets VALUES(14,'1310-0001',46,'教育行政','教育委員会会議録（令和6年度）','information',NULL,'lgwan','全職員',103,'ファイルサーバ',0,0,0,-1,'1','2','1','','','OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','永年',NULL,'2024-05-01','2024-06-14','木下　一郎','','active');
INSERT INTO assets VALUES(15,'0410-0003',17,'庶務','照会回答文書（令和7年度）','information',NULL,'lgwan','市民税課職員',35,'パソコン（ローカルディスク）',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:0',0,0,0,'issued','3年','2029-03-31','2025-11-15','2026-03-25','酒井　明美','','active');
INSERT INTO assets VALUES(16,'0940-0002',37,'下水道事業','排水設備工事申請書（令和6年度）','paper',NULL,'none','下水道課職員',85,'執務室書棚',1,0,0,460,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:0;SECURE_DISPOSAL:0;TRUSTED_NETWORK:0;OFFSITE_MEASURES:0;LOCKED_STORAGE:1',0,0,0,'issued','5年','2030-03-31','2024-05-10','2025-06-16','高橋　誠','','active');
INSERT INTO assets VALUES(17,'0710-0001',28,'環境保全','公害苦情処理簿（令和6年度）','paper',NULL,'none','環境政策課職員',64,'キャビネット（施錠）',1,0,0,33,'2','1','1','',replace('関係者限り\n配付禁止','\n',char(10)),'NO_UNNEEDED_COPY:0;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2030-03-31','2024-11-25','2024-11-25','工藤　麻衣','','active');
INSERT INTO assets VALUES(18,'0130-0001',4,'情報セキュリティ','情報セキュリティ監査報告書（令和2年度）','paper',NULL,'none','情報政策課（担当者のみ）',8,'書庫（施錠）',0,0,0,-1,'3','1','1','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:0;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2026-03-31','2020-08-24','2022-04-14','野村　和也','','active');
INSERT INTO assets VALUES(19,'0550-0002',25,'統計','公開統計資料（令和7年度）','information',NULL,'lgwan','全職員',57,'ファイルサーバ',0,0,0,-1,'1','1','1','','','',0,0,0,'issued','10年','2036-03-31','2025-06-24','2025-09-05','西村　健太','','active');
INSERT INTO assets VALUES(20,'0120-0001',3,'庶務','業務マニュアル','information',NULL,'lgwan','人事課職員',6,'ファイルサーバ',0,0,0,-1,'2','2','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','5年','2031-03-31','2025-12-04','2025-12-04','今井　実','','active');
INSERT INTO assets VALUES(21,'1010-0001',39,'会計事務','債権者登録データ','information',NULL,'lgwan','会計課職員',89,'ファイルサーバ',1,0,0,5700,'2','2','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','5年','2029-03-31','2024-02-27','2024-02-27','杉山　幸子','','active');
INSERT INTO assets VALUES(22,'0530-0002',23,'要介護認定','主治医意見書（令和2年度）','paper',NULL,'none','介護保険課（担当者のみ）',50,'書庫（施錠）',1,1,0,8700,'3','1','1','',replace('複製禁止\n持出禁止\n関係者限り','\n',char(10)),'NO_PRIVATE_DEVICE:1;NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:0;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2026-03-31','2020-07-20','2020-07-20','長谷川　沙織','','active');
INSERT INTO assets VALUES(23,'1310-0002',46,'施設管理','学校施設台帳','information',NULL,'lgwan','全職員',103,'ファイルサーバ',0,0,0,-1,'1','2','1','','','OFFSITE_MEASURES:0;LOCKED_STORAGE:1;BACKUP:1;ELECTRONIC_SIGNATURE:1',0,0,0,'issued','永年',NULL,'2025-11-06','2025-11-06','山崎　博之','','active');
INSERT INTO assets VALUES(24,'0310-0004',13,'庶務','課内会議録（令和3年度）','information',NULL,'lgwan','市民課職員',27,'ファイルサーバ',0,0,0,-1,'2','1','1','',replace('関係者限り\n配付禁止','\n',char(10)),'NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:1;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:1;OFFSITE_MEASURES:1;LOCKED_STORAGE:1',0,0,0,'issued','5年','2027-03-31','2022-02-14','2022-02-14','柴田　愛','','active');
INSERT INTO assets VALUES(25,'0510-0001',21,'契約事務','委託契約関係書類（令和4年度）','paper',NULL,'none','福祉総務課職員',43,'執務室書棚',0,0,0,-1,'2','1','1','','関係者限り','NO_UNNEEDED_COPY:1;RESTRICTED_STORAGE:0;ENCRYPT_ON_SEND:1;LOCKED_CASE_TRANSPORT:1;SECURE_DISPOSAL:1;TRUSTED_NETWORK:0;OFFSITE_MEASURES:1;LOCKED_STORAGE:0',0,0,0,'issued','10年','2033-03-31','2022-11-21','2022-11-21','中野　浩','','active');
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
INSERT INTO asset_links VALUES(4,5,2,'can-access');
INSERT INTO asset_links VALUES(5,6,1,'can-access');
INSERT INTO asset_links VALUES(6,15,7,'stored-on');
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
INSERT INTO audit_log VALUES(1,'2026-11-22T03:14:10.472Z','','','setting',0,'create','[{"field":"scheme","new":{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}},{"field":"settings","new":{}},{"field":"title","new":"みどり市 情報資産管理台帳（デモ）"}]','3600cb3141b6e155070214e5996e837d7f6a120c68601a356cc471b6a0ea9366','','dc852257e4b20b25dd1dda0325f5f459d3632b53e5cac978bc26e0f36e8539a2');
INSERT INTO audit_log VALUES(2,'2026-11-22T03:14:10.474Z','','','department',1,'import','[]','2a6ac99232d87c9eb25b9491e3825e20c6451aa94a0ad0bf83aea561954a9ee0','dc852257e4b20b25dd1dda0325f5f459d3632b53e5cac978bc26e0f36e8539a2','12f5f71dec009f772ada94a36ae17ace4a95b641e38a80ce169ac3e3c15e630b');
INSERT INTO audit_log VALUES(3,'2026-11-22T03:14:10.474Z','','','department',2,'import','[]','02daf72117c3ebf71c417e2e38500a8cd00b823a916f7e7cc59b7fccee3b4b2f','12f5f71dec009f772ada94a36ae17ace4a95b641e38a80ce169ac3e3c15e630b','9c5bd8778307d6355e6354d7709f19c8d17efdca56a1225a9c39a939fdad0cec');
INSERT INTO audit_log VALUES(4,'2026-11-22T03:14:10.474Z','','','department',3,'import','[]','2bb5a213a8948d55c1233955fa07d228d74eb126b84eb5d432e57fcdab8562c7','9c5bd8778307d6355e6354d7709f19c8d17efdca56a1225a9c39a939fdad0cec','fc8390be19dcbd8c6707aa5d97d23f52daad823a70259493cfafbcfb5d0181d8');
INSERT INTO audit_log VALUES(5,'2026-11-22T03:14:10.474Z','','','department',4,'import','[]','862317cbba0df844aa79f451c2bc2affa624f367ce3f3255531c0a7d3cae17d3','fc8390be19dcbd8c6707aa5d97d23f52daad823a70259493cfafbcfb5d0181d8','404513923d9c6256cdb1df2dc7a3f69e6f7e2de38aaedc2b00391ead9cd0c001');
INSERT INTO audit_log VALUES(6,'2026-11-22T03:14:10.474Z','','','department',5,'import','[]','6bd5c7576876424b1d70b8c75385bd8f589569bad4b5fe6629e7155508dd22e7','404513923d9c6256cdb1df2dc7a3f69e6f7e2de38aaedc2b00391ead9cd0c001','c5327f1999abb610b7b399b2403bf157e15199a2c9acadf982ed5fedb1e66386');
INSERT INTO audit_log VALUES(7,'2026-11-22T03:14:10.474Z','','','department',6,'import','[]','2985528dc481847e712c1d47c3372c4136cf088094e65dccc343ec2e5cb4876e','c5327f1999abb610b7b399b2403bf157e15199a2c9acadf982ed5fedb1e66386','250bd9e45a393ddadccb2df2bbdc26d1ebb4e77a74320d7e3a2b1609f6a8b99c');
INSERT INTO audit_log VALUES(8,'2026-11-22T03:14:10.474Z','','','department',7,'import','[]','088513191d41ff31feefa412a62248d061860c6eb2a1515bdb742b78cc71f2d2','250bd9e45a393ddadccb2df2bbdc26d1ebb4e77a74320d7e3a2b1609f6a8b99c','04c80cd97c956e56270074534406c0163fcf4a4a1e8ddb8660fbb637358038b2');
INSERT INTO audit_log VALUES(9,'2026-11-22T03:14:10.474Z','','','department',8,'import','[]','7cfcaba45f677d6f9e0dbe3efe590a68b7e3dfbcffcea35fdbbb0837eb8dd725','04c80cd97c956e56270074534406c0163fcf4a4a1e8ddb8660fbb637358038b2','79b0392e0f962a53744c2267e2ab8679a09c49312599a436126feced0f68aac6');
INSERT INTO audit_log VALUES(10,'2026-11-22T03:14:10.474Z','','','department',9,'import','[]','1386e5b944578377c5272aebfdba072d7d4805e35e2bd48115cbfbcf0add8273','79b0392e0f962a53744c2267e2ab8679a09c49312599a436126feced0f68aac6','7f7af2b271bad3e3a01f51b97547bbfcf4fa3ede5945fcdc30646455b9a52e38');
INSERT INTO audit_log VALUES(11,'2026-11-22T03:14:10.474Z','','','department',10,'import','[]','9d5a03413bb65d330c78cc78f777af6077dd02d34046579fe4bd37fa32cc28c3','7f7af2b271bad3e3a01f51b97547bbfcf4fa3ede5945fcdc30646455b9a52e38','c67eee39182262bb1de9c45e6a7f7aa2da7d801c47c73ec35dc03b1b49e9e6f2');
INSERT INTO audit_log VALUES(12,'2026-11-22T03:14:10.474Z','','','department',11,'import','[]','6ce2d2725bf5d67cc63b842539b41835c02dbb1be554b6e90fd688f7425c2f82','c67eee39182262bb1de9c45e6a7f7aa2da7d801c47c73ec35dc03b1b49e9e6f2','23e357227a85f3c0fd63020464d9c53e5c51db11d9bfb251d4a61fbec563ed4d');
INSERT INTO audit_log VALUES(13,'2026-11-22T03:14:10.474Z','','','department',12,'import','[]','9afef2c17a4d53a4373e0cbbeac62322d88002d4132adfa585bd0f9f624dc676','23e357227a85f3c0fd63020464d9c53e5c51db11d9bfb251d4a61fbec563ed4d','51c78f38436bbb55a03d6aeb62449e54172d145beba0ca5cc589b16eaf47ab43');
INSERT INTO audit_log VALUES(14,'2026-11-22T03:14:10.474Z','','','department',13,'import','[]','f43f62a7c2927e18bdba39dc32d70dd6227abf794355327de50683cfbf360ec1','51c78f38436bbb55a03d6aeb62449e54172d145beba0ca5cc589b16eaf47ab43','01e9046181e06cd2ccaa0234a17a02a62c7d52ca8299c21edc947ec3ee3234fe');
INSERT INTO audit_log VALUES(15,'2026-11-22T03:14:10.474Z','','','department',14,'import','[]','62a16dcdc66b9390c7d50b871060361ac4a076f0d5897f94bd166294ea03ccfb','01e9046181e06cd2ccaa0234a17a02a62c7d52ca8299c21edc947ec3ee3234fe','e395a34bd62f7ead5300923c87325c6650a420d19c22ff0e0a0439f4b345aac5');
INSERT INTO audit_log VALUES(16,'2026-11-22T03:14:10.474Z','','','department',15,'import','[]','8f742239a41c1a05a629cf4b9580f1753e92952e012741eeafbf23030a9c745d','e395a34bd62f7ead5300923c87325c6650a420d19c22ff0e0a0439f4b345aac5','0925acd422eb20031f97fbe7e16283711b212ce96adb86286517ea5acf99b190');
INSERT INTO audit_log VALUES(17,'2026-11-22T03:14:10.474Z','','','department',16,'import','[]','b9ea423143b18930430c37a3e358d65b26a3faab3528a12be32369d9d6cfc8d3','0925acd422eb20031f97fbe7e16283711b212ce96adb86286517ea5acf99b190','83f0f797b1367e2769eed49163663271a2af76ecf01ed8993fe8a68db37054d3');
INSERT INTO audit_log VALUES(18,'2026-11-22T03:14:10.474Z','','','department',17,'import','[]','0d1b2c1f2d5639a9e13a3fefd8bd1a8e83e85f7f246ee9215d86701e0b901519','83f0f797b1367e2769eed49163663271a2af76ecf01ed8993fe8a68db37054d3','912dd3d471802da27de46c348de8aa996219138b7e9f76987c977cdfabd80976');
INSERT INTO audit_log VALUES(19,'2026-11-22T03:14:10.474Z','','','department',18,'import','[]','9279d2a4627a1ea1392b1073218ebacad653d5388a964dc2c80abc220160a58f','912dd3d471802da27de46c348de8aa996219138b7e9f76987c977cdfabd80976','ad9b683479448f349e900484429b4917634531f6905b5968e5c87beff87c6c67');
INSERT INTO audit_log VALUES(20,'2026-11-22T03:14:10.474Z','','','department',19,'import','[]','737dfb66d4df43adb67c4fd06641cc29e94b2a5d3a0397731ee107fbf484589b','ad9b683479448f349e900484429b4917634531f6905b5968e5c87beff87c6c67','32ccb0a61585f9869ec74faf761f3ad502c4d16eb0bbad49a43c7543a9d5e80e');
INSERT INTO audit_log VALUES(21,'2026-11-22T03:14:10.474Z','','','department',20,'import','[]','d421595d9d6911cd3a7827ccba05f1184a3d3da3971c1df02012e4771973c752','32ccb0a61585f9869ec74faf761f3ad502c4d16eb0bbad49a43c7543a9d5e80e','4909df38bf91d71dc4d9fe496ce89ef3916d19ba4ebaf7b27af451dd33c91bea');
INSERT INTO audit_log VALUES(22,'2026-11-22T03:14:10.474Z','','','department',21,'import','[]','e402d8a592f77257074f5933b0edff77ccfc86bee2cd3a3d38976b92a34b20ff','4909df38bf91d71dc4d9fe496ce89ef3916d19ba4ebaf7b27af451dd33c91bea','3bcf4250edda8dc65e694cdbb1aab939ab35f270b2ac73966e81bc5f1dab0a47');
INSERT INTO audit_log VALUES(23,'2026-11-22T03:14:10.474Z','','','department',22,'import','[]','4874db743792e59dd7ef00e8b3c99c15bc0e1e7e7cb32d6896ae43c7f4e9dd4b','3bcf4250edda8dc65e694cdbb1aab939ab35f270b2ac73966e81bc5f1dab0a47','b2d13ae63303d71d29b2ce609ded4a63d30905ba328179c3d1d12ceaba7b323c');
INSERT INTO audit_log VALUES(24,'2026-11-22T03:14:10.474Z','','','department',23,'import','[]','a65cb8bf61ff724bc7726603fd11433a80ffd54c89fcd6a2bf8fc1e17153a33b','b2d13ae63303d71d29b2ce609ded4a63d30905ba328179c3d1d12ceaba7b323c','45076b8e131de3f3cf4fef62918b4063920073d3d35890397e7bf23069bfbf0e');
INSERT INTO audit_log VALUES(25,'2026-11-22T03:14:10.474Z','','','department',24,'import','[]','71823683478f0a68b351e41ee321549bd6f73b45c5eefa1b31c2185de1e62916','45076b8e131de3f3cf4fef62918b4063920073d3d35890397e7bf23069bfbf0e','4e5e9fb6244dc4e24706effc61e6969de7a9197b9505a30352740be5937af00b');
INSERT INTO audit_log VALUES(26,'2026-11-22T03:14:10.474Z','','','department',25,'import','[]','e996e98a059d1eaf74e34f4157506c6c77cfdece0703643dda527f7fc9aee33e','4e5e9fb6244dc4e24706effc61e6969de7a9197b9505a30352740be5937af00b','5bed694990040e46cd0ab060c080ef3785f2515a2a714260b4fbfae803993618');
INSERT INTO audit_log VALUES(27,'2026-11-22T03:14:10.474Z','','','department',26,'import','[]','725c80db7b3b1c383247f7ef5c17d54a679ebf224fc185c9df2b96cac4af79c1','5bed694990040e46cd0ab060c080ef3785f2515a2a714260b4fbfae803993618','31d11e65d8917bdb9a7b7a0bee2183ad74910eb32f8337409372c3c4eba39222');
INSERT INTO audit_log VALUES(28,'2026-11-22T03:14:10.474Z','','','department',27,'import','[]','a51ee83b7a00eaa88e893947a952accfea32b1466d0ee1f618897c9221927d02','31d11e65d8917bdb9a7b7a0bee2183ad74910eb32f8337409372c3c4eba39222','9fe897e28c99e1ede4e28788b030ba5b5e38b34b97b0a9867708a5f6df28e346');
INSERT INTO audit_log VALUES(29,'2026-11-22T03:14:10.474Z','','','department',28,'import','[]','77e0f04bd50bd33a16bc36c7bcb312e1ec20bb09d66430090b01722d190375da','9fe897e28c99e1ede4e28788b030ba5b5e38b34b97b0a9867708a5f6df28e346','8671a6c4b9474e2532e03b0b32e6c3f66d96fe065d7657fc3ba39e6d30a76780');
INSERT INTO audit_log VALUES(30,'2026-11-22T03:14:10.474Z','','','department',29,'import','[]','8f9d9078b23fe75f315dbdb3bc36d822b551d00d865e7a69839920d0529baffc','8671a6c4b9474e2532e03b0b32e6c3f66d96fe065d7657fc3ba39e6d30a76780','468d6464be18bdb987e0e62508336b2c12eb0c6caa3e848b49a7c1e3c34886ba');
INSERT INTO audit_log VALUES(31,'2026-11-22T03:14:10.474Z','','','department',30,'import','[]','39f5c096e7901f7fdbfc98d77df352a09fb9c2d6e24b76ac58fb2d8c5df06d50','468d6464be18bdb987e0e62508336b2c12eb0c6caa3e848b49a7c1e3c34886ba','e0f821424abc10199999e3cf85371f5824c08f03a221775e11f694461224c994');
INSERT INTO audit_log VALUES(32,'2026-11-22T03:14:10.474Z','','','department',31,'import','[]','38b62f6be9e225a55fd17c3f2583ac65fa8fe919e0da27bc6962ec4014c58a23','e0f821424abc10199999e3cf85371f5824c08f03a221775e11f694461224c994','b0e2deba78716da9160ffbeb47d041d8f459a51618413402217430e1e3587f3e');
INSERT INTO audit_log VALUES(33,'2026-11-22T03:14:10.474Z','','','department',32,'import','[]','0ef1082d940a5f3db703dc38628cf7cd13b3122eef7030f060c93855ec46eea4','b0e2deba78716da9160ffbeb47d041d8f459a51618413402217430e1e3587f3e','9ce889869d61ddea42cd899126d010bb3aaedcf8af82de8f027fc758b565333d');
INSERT INTO audit_log VALUES(34,'2026-11-22T03:14:10.474Z','','','department',33,'import','[]','6c81aaa6b0c45c6544eac831b5f361e8f5163a5d093d2583a4845840c5a5e7b7','9ce889869d61ddea42cd899126d010bb3aaedcf8af82de8f027fc758b565333d','0d0a7f94606620b8856f9b82d017b731ac3cb6060d3cb190388fdcf6f326ab77');
INSERT INTO audit_log VALUES(35,'2026-11-22T03:14:10.474Z','','','department',34,'import','[]','506fabae198bdfaae43ac41db61ffe1aedf5f528db696a60cd8fda134a1979f5','0d0a7f94606620b8856f9b82d017b731ac3cb6060d3cb190388fdcf6f326ab77','e9d47a5b3490c1ee90e59cbd01b465231ffbceaac4aedc51458316df4ee8542d');
INSERT INTO audit_log VALUES(36,'2026-11-22T03:14:10.474Z','','','department',35,'import','[]','42edc8353f81c1856d45e8cde5db4a2eae78263b0adb123896d3baf96ae49059','e9d47a5b3490c1ee90e59cbd01b465231ffbceaac4aedc51458316df4ee8542d','509a61e01dee0b7433f23abf314388cac132d884ad68bc6b6b12dc72c659ff45');
INSERT INTO audit_log VALUES(37,'2026-11-22T03:14:10.474Z','','','department',36,'import','[]','053f9fc7e8024c2735a29f3f0b9f1ca82998e53e4b3a2e4f1c40290444d2d035','509a61e01dee0b7433f23abf314388cac132d884ad68bc6b6b12dc72c659ff45','bc637c65915197bcb78197e6311e6a9acac5811bf9fd6ea3926a5a2c93d71578');
INSERT INTO audit_log VALUES(38,'2026-11-22T03:14:10.474Z','','','department',37,'import','[]','b153689d0f16f56f88b71ea4e002b1f1f92d7d531fcfc0f0772a18eccfdf6daf','bc637c65915197bcb78197e6311e6a9acac5811bf9fd6ea3926a5a2c93d71578','67d783bc801bc731f1e5d3fbcb5b2ab2debe022a56282e55564f59e165a16da5');
INSERT INTO audit_log VALUES(39,'2026-11-22T03:14:10.474Z','','','department',38,'import','[]','2ef9600f95c4ed607cfa40cc272096adad1f09d93585856543ce53dac2de6114','67d783bc801bc731f1e5d3fbcb5b2ab2debe022a56282e55564f59e165a16da5','010757fd15634f8cd693092d485d63be95b31552b130731bb3c0f3b3cf185325');
INSERT INTO audit_log VALUES(40,'2026-11-22T03:14:10.474Z','','','department',39,'import','[]','b6d466ea96424a55eaffac3db41276e3dfecf62b12879a27ca826fbe094a1ae6','010757fd15634f8cd693092d485d63be95b31552b130731bb3c0f3b3cf185325','bcb663308ce5bd959f5f483350f1fcad9fd46f65b84d361ad2dc7ed2bf33160a');
INSERT INTO audit_log VALUES(41,'2026-11-22T03:14:10.474Z','','','department',40,'import','[]','9ff26d833e77d7d878c8cb3a140055c173dd12cfc2f467dda65a551227abe2c8','bcb663308ce5bd959f5f483350f1fcad9fd46f65b84d361ad2dc7ed2bf33160a','8ae01fac8b6b741831d0524a1af0f7406b87d2c023da19c10f09507dcb9c3ed6');
INSERT INTO audit_log VALUES(42,'2026-11-22T03:14:10.474Z','','','department',41,'import','[]','32894f176ec9918c2fbd6db03738a45b2193412f330cb18a3a4cfe8aeb345f8e','8ae01fac8b6b741831d0524a1af0f7406b87d2c023da19c10f09507dcb9c3ed6','9c940ea0efe48036af37405445ab4f3d053e81a52309506c55d333ca65966676');
INSERT INTO audit_log VALUES(43,'2026-11-22T03:14:10.474Z','','','department',42,'import','[]','5b3ce6823d0f24c5db13ccad8ffcf0e9620c91d41730f20b40cf7f3fc33917b5','9c940ea0efe48036af37405445ab4f3d053e81a52309506c55d333ca65966676','511bb9b572a3ddd18a95bebf79844491a0cbf67ee68e7ab766f6a12d22b598ec');
INSERT INTO audit_log VALUES(44,'2026-11-22T03:14:10.474Z','','','department',43,'import','[]','17a85a36fce20483f4d5387c48209d4adff6b3b91e40cd1cd84303004e1f8018','511bb9b572a3ddd18a95bebf79844491a0cbf67ee68e7ab766f6a12d22b598ec','0f57220dc2ab6f258f66d4c4d03f9311d675ed468efec0b4793ee4ab51fa3531');
INSERT INTO audit_log VALUES(45,'2026-11-22T03:14:10.474Z','','','department',44,'import','[]','5154dcf91b17ab0f44e691ac3c56823a6b5adcd86af5cab4bbf9f96d1a67c82c','0f57220dc2ab6f258f66d4c4d03f9311d675ed468efec0b4793ee4ab51fa3531','73432e447aa0c627763b1e891ffc374a3f2162c44db2ef357d5bee4052573fa5');
INSERT INTO audit_log VALUES(46,'2026-11-22T03:14:10.474Z','','','department',45,'import','[]','aa664bfeb968a6a49e05171eafe3f70a0c9f94e9fa87a0fa0a5797ac75a64713','73432e447aa0c627763b1e891ffc374a3f2162c44db2ef357d5bee4052573fa5','3d26da187bac48840eec744a2a2293e470a116bf853f00d79b1e06a11886ba71');
INSERT INTO audit_log VALUES(47,'2026-11-22T03:14:10.474Z','','','department',46,'import','[]','f33ed98455352943411b25e5452d3a5a86adbac8383479bdf4c265f8fca1250c','3d26da187bac48840eec744a2a2293e470a116bf853f00d79b1e06a11886ba71','712b73e47c42363e4daed094d2686d0b42b7eaa7bed4eced09f72e9ebe8d0cb1');
INSERT INTO audit_log VALUES(48,'2026-11-22T03:14:10.474Z','','','department',47,'import','[]','85047d0555da298aee9a2312ada10e62fd24ebc634bb5ccccddfda898fbb5083','712b73e47c42363e4daed094d2686d0b42b7eaa7bed4eced09f72e9ebe8d0cb1','203009061af7a463e8341707749ea06b779def98d19fbafc02f580d18fb9b225');
INSERT INTO audit_log VALUES(49,'2026-11-22T03:14:10.474Z','','','department',48,'import','[]','dcc4089a974e8c5b47b1349b05e1193256bbc6b79a2ddeb220cf63caa85558c2','203009061af7a463e8341707749ea06b779def98d19fbafc02f580d18fb9b225','8e87985be01962923e6c64d5a8eca23c0d7fdd538344488ad9abaf08e274e3d3');
INSERT INTO audit_log VALUES(50,'2026-11-22T03:14:10.474Z','','','department',49,'import','[]','9b5cc898509a968beab30371a73fd2e414b9002908caab31298630ee66fecdb5','8e87985be01962923e6c64d5a8eca23c0d7fdd538344488ad9abaf08e274e3d3','ab3bd8656c58fa5e50c9c753bba55facbc8a1165eca436874a322625049b7171');
INSERT INTO audit_log VALUES(51,'2026-11-22T03:14:10.474Z','','','person',1,'import','[]','6c28d2dac6e694823c50f1bbe7272c1e862d0c88076d041e88c20b397e26a3e7','ab3bd8656c58fa5e50c9c753bba55facbc8a1165eca436874a322625049b7171','bf9fd1f5f5c82dfd0eb4d9c4652d75b096b253315be221769db1a585b83b3e6f');
INSERT INTO audit_log VALUES(52,'2026-11-22T03:14:10.474Z','','','person',2,'import','[]','9ec07c1545c581b354ba5e00f935a70fd87470f28542446e39bbb5b8faf19c47','bf9fd1f5f5c82dfd0eb4d9c4652d75b096b253315be221769db1a585b83b3e6f','a90f32b6bdad17a22408092d300bfbac48cd2b3b2fd5436b20457cf542ce52b3');
INSERT INTO audit_log VALUES(53,'2026-11-22T03:14:10.474Z','','','person',3,'import','[]','2886c9510960514c83747bb075395ca21ecba2b1479d98df5c6eac7dbe31ac92','a90f32b6bdad17a22408092d300bfbac48cd2b3b2fd5436b20457cf542ce52b3','499f69ce0d524ccf8de4b82f6b4bfa926e2d100b839115c5e2d5df17548d62f3');
INSERT INTO audit_log VALUES(54,'2026-11-22T03:14:10.474Z','','','person',4,'import','[]','b445732c5e1cef30cef553491da2c31500770baf2729cdc0e4cb1ec03b187f21','499f69ce0d524ccf8de4b82f6b4bfa926e2d100b839115c5e2d5df17548d62f3','1473625b619d92823b602c25dd728495c3a880845f947c781671a34394845449');
INSERT INTO audit_log VALUES(55,'2026-11-22T03:14:10.474Z','','','person',5,'import','[]','fc00f6f9115736373931d955833ded32451e536a9eba4eceae097b49d2856d9c','1473625b619d92823b602c25dd728495c3a880845f947c781671a34394845449','a84befcf3d1184de6f47072ded0fcad183155a10933eb26618bb4410e7e2d0df');
INSERT INTO audit_log VALUES(56,'2026-11-22T03:14:10.474Z','','','person',6,'import','[]','79bb230589192a2b13fd6938814bb81454464354affbc481c29d27b93e093ee7','a84befcf3d1184de6f47072ded0fcad183155a10933eb26618bb4410e7e2d0df','59e5108a0932e6271a9a4915980c376259a04a42a1b4d6041a86ffd439caf06d');
INSERT INTO audit_log VALUES(57,'2026-11-22T03:14:10.474Z','','','person',7,'import','[]','3fe469334cfef417620f65f55f14279fdd0c55330b0bc3e499ad18a1c3706210','59e5108a0932e6271a9a4915980c376259a04a42a1b4d6041a86ffd439caf06d','8ce5f81b3b2e19dfdf137ebb3af0d73880001382a5e6bd694eb13138db83b525');
INSERT INTO audit_log VALUES(58,'2026-11-22T03:14:10.474Z','','','person',8,'import','[]','a0d4008eecacad0e21e06ebb06cbd69804f19003c63388fc39d67bd812541083','8ce5f81b3b2e19dfdf137ebb3af0d73880001382a5e6bd694eb13138db83b525','933c81832f6da4a30733c8c8f91a71eb29b76bc24039d98aaf69999820bf4fb4');
INSERT INTO audit_log VALUES(59,'2026-11-22T03:14:10.474Z','','','person',9,'import','[]','83b357cd86a8fe936d55260616707f9b7f01d57683f3da2aa4b7252589d09ab0','933c81832f6da4a30733c8c8f91a71eb29b76bc24039d98aaf69999820bf4fb4','85cf24f6ae34b94a5ccc72e0263f2e49e370ff07d1da2c24b1984351c68d8088');
INSERT INTO audit_log VALUES(60,'2026-11-22T03:14:10.474Z','','','person',10,'import','[]','a75142b444951e7e70ca520d89f9f7e50936058a832e0c4980ecfa895e84d67d','85cf24f6ae34b94a5ccc72e0263f2e49e370ff07d1da2c24b1984351c68d8088','daed048f709b11b615412caffd43ad1ed2d3eb1839805d428d945f4e55ecb907');
INSERT INTO audit_log VALUES(61,'2026-11-22T03:14:10.474Z','','','person',11,'import','[]','1ed3d11516bde09454c619e20aef4babae664915afa2490ac9a2df1871b15597','daed048f709b11b615412caffd43ad1ed2d3eb1839805d428d945f4e55ecb907','c08a0fbf39869174160879b6678766599cd0bff1df0aa496f801c4141a873c8c');
INSERT INTO audit_log VALUES(62,'2026-11-22T03:14:10.474Z','','','person',12,'import','[]','78e2e52f0b0d2a9dc23784432c7ef8dd81871d9fe54ec2cc3bf7ac42930d9de5','c08a0fbf39869174160879b6678766599cd0bff1df0aa496f801c4141a873c8c','a56080bf8ae2e5783d05abed49b5c31cd3331059fba68abd1bdffb896da865b7');
INSERT INTO audit_log VALUES(63,'2026-11-22T03:14:10.474Z','','','person',13,'import','[]','b2e3840f482e639337bc044b94a6743b03321a2158b5d4bab5a9168b4bc5afee','a56080bf8ae2e5783d05abed49b5c31cd3331059fba68abd1bdffb896da865b7','3683746e215a455bacdc0f6c6a780d1ba2c901fd00068b30db682fd238d0bb4c');
INSERT INTO audit_log VALUES(64,'2026-11-22T03:14:10.474Z','','','person',14,'import','[]','ae2cc412e95f8484f901b4c4437ef5e8a5723e9f15fd3ffb835b0ecf9226f18f','3683746e215a455bacdc0f6c6a780d1ba2c901fd00068b30db682fd238d0bb4c','b1e3dd3304a3008efe767429a6683568f79dcf6f158b67397d1f299c390b4b85');
INSERT INTO audit_log VALUES(65,'2026-11-22T03:14:10.474Z','','','person',15,'import','[]','b58ad30c7fa20432b87cd5b092608286d785e5b74de960f98be2fc8eb60b2b5b','b1e3dd3304a3008efe767429a6683568f79dcf6f158b67397d1f299c390b4b85','70cce7d6b33aaa2bd2d5c7b9eb601350bb00f19bb0cc864f684599b505bd27fb');
INSERT INTO audit_log VALUES(66,'2026-11-22T03:14:10.474Z','','','person',16,'import','[]','13ff10a235bed933ef3516a4b4eb565211716a8202c374731ffba19cec3d19a7','70cce7d6b33aaa2bd2d5c7b9eb601350bb00f19bb0cc864f684599b505bd27fb','2c92d18b05be75423744c3e7defc2e06ed16398f4aa6b294ab55359aa393da25');
INSERT INTO audit_log VALUES(67,'2026-11-22T03:14:10.474Z','','','person',17,'import','[]','f3d25a75ae2404e4816baac96a3a1e7ebb3f15b61e78cbcc92246bdea95ef0e5','2c92d18b05be75423744c3e7defc2e06ed16398f4aa6b294ab55359aa393da25','eff0153f8cc4d74cdbe4b9cc976fcfce5df0dcf978c78a897288484bd18e9d01');
INSERT INTO audit_log VALUES(68,'2026-11-22T03:14:10.474Z','','','person',18,'import','[]','d963a4a7e6461c9252dee4905904df9480c6a0d3f163f04094d69b10c376cf0d','eff0153f8cc4d74cdbe4b9cc976fcfce5df0dcf978c78a897288484bd18e9d01','975d44ca33665e053ac3d327f13264406d9b106f7a55afcaf514f40000dd75b7');
INSERT INTO audit_log VALUES(69,'2026-11-22T03:14:10.474Z','','','person',19,'import','[]','c5808a964d97267dbb953c64ea506230581f2bed3d29dedca3b0f15542ede439','975d44ca33665e053ac3d327f13264406d9b106f7a55afcaf514f40000dd75b7','76d7c988469507be65cd28730d8fc1a7ed40b7c2ed53a7c4dfd56a58095aa634');
INSERT INTO audit_log VALUES(70,'2026-11-22T03:14:10.474Z','','','person',20,'import','[]','dc86e6b44142974440ed4ec58f5b805a5a9d0c841e866b41b8dc915154bbaa4d','76d7c988469507be65cd28730d8fc1a7ed40b7c2ed53a7c4dfd56a58095aa634','d42bd6ab9d2e14167881ae1970b8415c24f6b0f98d8a2c8829ee67d8f7283cfe');
INSERT INTO audit_log VALUES(71,'2026-11-22T03:14:10.474Z','','','person',21,'import','[]','d19ed263aeabfd34146796085cdbf19c1b09443e63be0b69c94e271b16e4e282','d42bd6ab9d2e14167881ae1970b8415c24f6b0f98d8a2c8829ee67d8f7283cfe','a057dbb78e106a25b2c4d7d32862d7f04a7c544c7d86f6347d15af65d2426b93');
INSERT INTO audit_log VALUES(72,'2026-11-22T03:14:10.474Z','','','person',22,'import','[]','496b00a085e8cee77109fe0e888b5fab70cf6b858ef213b133d85ef69e4c5a04','a057dbb78e106a25b2c4d7d32862d7f04a7c544c7d86f6347d15af65d2426b93','784873e26a0cab86a9ec1488d0ac78375efc5a5829bd801c12dbd38358690227');
INSERT INTO audit_log VALUES(73,'2026-11-22T03:14:10.474Z','','','person',23,'import','[]','9791537d0eb03cf917a60a34c945407d8b69b41e28d77e8f0c5bb4cdd98b9bd9','784873e26a0cab86a9ec1488d0ac78375efc5a5829bd801c12dbd38358690227','2e0cf4f2ac963016fb02500bfd82f50fe13c8a70079667e3d51111cb448b28f8');
INSERT INTO audit_log VALUES(74,'2026-11-22T03:14:10.474Z','','','person',24,'import','[]','df4e35877279ae72a32067a2acfdbcce6fb90a4f649f2d0cb8dea9366e7de94e','2e0cf4f2ac963016fb02500bfd82f50fe13c8a70079667e3d51111cb448b28f8','8763cea90f105081d7c9d8fb4623290506c8408bfce8348840377b9e7d6747da');
INSERT INTO audit_log VALUES(75,'2026-11-22T03:14:10.474Z','','','person',25,'import','[]','51eb7bcf6dafa09c026bfca6b31a651b19cae26ccffe85eea8375007b40802ce','8763cea90f105081d7c9d8fb4623290506c8408bfce8348840377b9e7d6747da','2ce02a2e5d56d53b19a20959f7457d64715ee5901ff71df99517a2b8a16e67c3');
INSERT INTO audit_log VALUES(76,'2026-11-22T03:14:10.474Z','','','person',26,'import','[]','7a5ac0fabd0fd551c044a714d195f4d38189656620f4350a1a751bf39daa0870','2ce02a2e5d56d53b19a20959f7457d64715ee5901ff71df99517a2b8a16e67c3','cdeb3a1e2245ce1f71017e4cd32a42f4b252a31bbddeda90e2b0827653f6fa64');
INSERT INTO audit_log VALUES(77,'2026-11-22T03:14:10.474Z','','','person',27,'import','[]','63f0f2f036e856cfa68e89dcfe3039e155669ae9af8a5a2d8c25717fe137eee3','cdeb3a1e2245ce1f71017e4cd32a42f4b252a31bbddeda90e2b0827653f6fa64','0ad0203b5b762648e2bbfe45c8e8a58e9f894d42556c1bd6e5556cb1fe82f2b2');
INSERT INTO audit_log VALUES(78,'2026-11-22T03:14:10.474Z','','','person',28,'import','[]','e4a24e585de53208540c244cde2244c7fe324bf16ee16bf7173e2de638a22866','0ad0203b5b762648e2bbfe45c8e8a58e9f894d42556c1bd6e5556cb1fe82f2b2','2d6cf9a740bbf0a3ca797711ba1f998f1908ca325331e7563bb88626be07724c');
INSERT INTO audit_log VALUES(79,'2026-11-22T03:14:10.474Z','','','person',29,'import','[]','e617a1349eeb552155337ef476625f4e794de7cb1b66432085da8618f7d03f6c','2d6cf9a740bbf0a3ca797711ba1f998f1908ca325331e7563bb88626be07724c','87421b701549e710bbc4153b1de1468970e70f014b87e4cccbb8c5dc85669775');
INSERT INTO audit_log VALUES(80,'2026-11-22T03:14:10.474Z','','','person',30,'import','[]','65e59836a944950fa29897193b9954d85d1bb20a32f600faef08e7d66aed2e70','87421b701549e710bbc4153b1de1468970e70f014b87e4cccbb8c5dc85669775','5d189841492894589ef6a261636d770f14a752f5676ef0926a7cd99f290d1c93');
INSERT INTO audit_log VALUES(81,'2026-11-22T03:14:10.474Z','','','person',31,'import','[]','ab2b22d3fd2a8dcb2cdb6653bd9ff16433e77f74206adbf87df6ee9312f4b7f7','5d189841492894589ef6a261636d770f14a752f5676ef0926a7cd99f290d1c93','8626c73130405d78fe1c3243eca0ec4691a55d360f23b21a233ed1f98bceb747');
INSERT INTO audit_log VALUES(82,'2026-11-22T03:14:10.474Z','','','person',32,'import','[]','558e5ebec0d4f210310c98da73df4da60640000accd486c27e62bacee9fcf6fb','8626c73130405d78fe1c3243eca0ec4691a55d360f23b21a233ed1f98bceb747','717ec505088d32e37a348dec16b284e5f28c8aa939fd31ff773e9271189a414f');
INSERT INTO audit_log VALUES(83,'2026-11-22T03:14:10.474Z','','','person',33,'import','[]','e4d6b31d18e53589987cbadf2ee3f8eae35e01e7cce255549dd12ff481eda79f','717ec505088d32e37a348dec16b284e5f28c8aa939fd31ff773e9271189a414f','ef8eacb9c182ac78105d1777e55b47db61184344aafad47817f82e9890a574f5');
INSERT INTO audit_log VALUES(84,'2026-11-22T03:14:10.474Z','','','person',34,'import','[]','9d7bcdeaa4c0798e90e1d8dccc03b14a3be1e024a31e36de9241b23f84010140','ef8eacb9c182ac78105d1777e55b47db61184344aafad47817f82e9890a574f5','1cd9863b631fc9633109ed17f3aee228fcb610b88d89de7e41259ab58ba9836a');
INSERT INTO audit_log VALUES(85,'2026-11-22T03:14:10.474Z','','','person',35,'import','[]','a923ded8defb716eccd1622686d2d60b9728b86db1aa4361d13c3d098f614ba5','1cd9863b631fc9633109ed17f3aee228fcb610b88d89de7e41259ab58ba9836a','022b52b1d4db11eecd6535e165388ab1a09e78f2a2778855b281c4709cb90086');
INSERT INTO audit_log VALUES(86,'2026-11-22T03:14:10.474Z','','','person',36,'import','[]','0e30da4e83a19f6e41ac49373d176b4b854aded9a13554425d60393c8db2ba2b','022b52b1d4db11eecd6535e165388ab1a09e78f2a2778855b281c4709cb90086','fdc84b15db2b1810060c4288b9c14ba50729bf6338dc08800fe8ff3f298ea383');
INSERT INTO audit_log VALUES(87,'2026-11-22T03:14:10.474Z','','','person',37,'import','[]','f7c90a67779cfdd8f26a722370afc41d575eb9f16a35fdb05f39ae12c649d65f','fdc84b15db2b1810060c4288b9c14ba50729bf6338dc08800fe8ff3f298ea383','e7b34ca60c04cf77534a94f5ecaed58e44ee641914a108571e64e78785938f1c');
INSERT INTO audit_log VALUES(88,'2026-11-22T03:14:10.474Z','','','person',38,'import','[]','7bb2c6faeb436a526b39bb4030ec310ce68cf2eb87595ec6eb74e3b8bdbaa12e','e7b34ca60c04cf77534a94f5ecaed58e44ee641914a108571e64e78785938f1c','4565defc6b08f65c7cfd268c8b37ce77e7fec4e1712a7ed84652bce602527024');
INSERT INTO audit_log VALUES(89,'2026-11-22T03:14:10.474Z','','','person',39,'import','[]','cb17e7015bb4cdaf1e0c672bcc9a32eeaa43400af4c0925442f29012cb15e2cd','4565defc6b08f65c7cfd268c8b37ce77e7fec4e1712a7ed84652bce602527024','435a59dadd6d01d3e4f2823fac6c810268706537849113c40ad1551febde2f1d');
INSERT INTO audit_log VALUES(90,'2026-11-22T03:14:10.474Z','','','person',40,'import','[]','00063ee6f198128ccfbe5267d13d3f24464aa9f60e687a1bb87e52296651c846','435a59dadd6d01d3e4f2823fac6c810268706537849113c40ad1551febde2f1d','0d7eab489a4b5981d0d759d8b15de16843f9cf6a6828c777f64204f045337fb8');
INSERT INTO audit_log VALUES(91,'2026-11-22T03:14:10.474Z','','','person',41,'import','[]','fc69366994304a9563487a25c9b5233d7c035301501a648ac945b7ebecb30af1','0d7eab489a4b5981d0d759d8b15de16843f9cf6a6828c777f64204f045337fb8','d11b90ca652839412c4177e2365701200ca484d806b6c813d02718089466a57d');
INSERT INTO audit_log VALUES(92,'2026-11-22T03:14:10.474Z','','','person',42,'import','[]','fb8ce70a6383a9edb569e40acd10de8c00771b535cdb790b780ae31e06be51ff','d11b90ca652839412c4177e2365701200ca484d806b6c813d02718089466a57d','ea9846e01a0a3f28ed49b103c3bc42a7fec4f1be93575394072d77a74c9e3cf1');
INSERT INTO audit_log VALUES(93,'2026-11-22T03:14:10.474Z','','','person',43,'import','[]','fad206ad8e742e93ce8309a898e3c930fdac82f326342c83487493f001d34e0b','ea9846e01a0a3f28ed49b103c3bc42a7fec4f1be93575394072d77a74c9e3cf1','8daf0f1c50e728ad3113af2c888dd8fb9df60a003447649ffa985bcab00bc1ab');
INSERT INTO audit_log VALUES(94,'2026-11-22T03:14:10.474Z','','','person',44,'import','[]','f4eb377fefb2c94d59eae20faa023105e4b5cc032b812307c95e4f71de6e0878','8daf0f1c50e728ad3113af2c888dd8fb9df60a003447649ffa985bcab00bc1ab','9cfd17dd2d2f1e7b09a901fa30a08fa09d9870a94658e2196f38369ef430044c');
INSERT INTO audit_log VALUES(95,'2026-11-22T03:14:10.474Z','','','person',45,'import','[]','70a8bec869ffedc5c083e41ca0494f13fa7382ccd33d65d47e4d24a3831893d2','9cfd17dd2d2f1e7b09a901fa30a08fa09d9870a94658e2196f38369ef430044c','8668a101762f4e29f9b9c7600dba87adbff6c89005526f00846a30a46b732dc0');
INSERT INTO audit_log VALUES(96,'2026-11-22T03:14:10.474Z','','','person',46,'import','[]','e1ebf71660ef7f7a5774c8c42d807d4c572568d14e04112ac92d5add92849adb','8668a101762f4e29f9b9c7600dba87adbff6c89005526f00846a30a46b732dc0','765159528b7930cbc83ce7d0ca90e96265546c607844525248464006d879f821');
INSERT INTO audit_log VALUES(97,'2026-11-22T03:14:10.474Z','','','person',47,'import','[]','664cb99f98455a15babb1368364a4e3f355a5c7675fff0d5813678a357a73e9d','765159528b7930cbc83ce7d0ca90e96265546c607844525248464006d879f821','0b08ca08e34bcb65f1ae70825d11c40a48f35e7dfdd06a2a64c6270ae9047d49');
INSERT INTO audit_log VALUES(98,'2026-11-22T03:14:10.474Z','','','person',48,'import','[]','e35234f0c0286c00374a3bda382f59740fb715076284603c29e95faf798a7fca','0b08ca08e34bcb65f1ae70825d11c40a48f35e7dfdd06a2a64c6270ae9047d49','aa3288bd2b401e98b88d7c69b7a3e3c31a8cdc708fdd34fce3ff4e6a43cdab29');
INSERT INTO audit_log VALUES(99,'2026-11-22T03:14:10.474Z','','','person',49,'import','[]','541795950218e1f5013d9c485232fce8a9da50fe3685e3b533af48830813c21a','aa3288bd2b401e98b88d7c69b7a3e3c31a8cdc708fdd34fce3ff4e6a43cdab29','2e8ccfe7b07c971ce2cc2ef6afa09b355c1f779d9f1728ee16ca17f53036deb8');
INSERT INTO audit_log VALUES(100,'2026-11-22T03:14:10.474Z','','','person',50,'import','[]','f1f6d45548bc18574b5a55907f67530bd68160b0f7fa6b934baaad0ede9f0335','2e8ccfe7b07c971ce2cc2ef6afa09b355c1f779d9f1728ee16ca17f53036deb8','a3262ac0c96ffdd63dd5bc6d5bd829fc14c9ab9168bea236a43fe875e229e106');
INSERT INTO audit_log VALUES(101,'2026-11-22T03:14:10.474Z','','','person',51,'import','[]','882065b179cf119192b5b64dd8734aedc199c64f9ae15376198652f384058535','a3262ac0c96ffdd63dd5bc6d5bd829fc14c9ab9168bea236a43fe875e229e106','5361d88c870ddc0da380999aeb36b6689e7d1690e5cc23fb00934d4881bd38e0');
INSERT INTO audit_log VALUES(102,'2026-11-22T03:14:10.474Z','','','person',52,'import','[]','edaf87dcb9a5bf7f8c78512d806c2c07ca46e3a8878143bb8353e0371f129f78','5361d88c870ddc0da380999aeb36b6689e7d1690e5cc23fb00934d4881bd38e0','702ea5307155445095347609787ab6bf23550e3e6b1769b3522c11b293ec4ecb');
INSERT INTO audit_log VALUES(103,'2026-11-22T03:14:10.474Z','','','person',53,'import','[]','80b23fe6159f0d9cfde8d1ee31da2b17a1a279426ad3562b204a186a2a0d362e','702ea5307155445095347609787ab6bf23550e3e6b1769b3522c11b293ec4ecb','0b6df61d1602344fc6d8b155af68c6706015a8501ace2f5a62c6185c2afbed60');
INSERT INTO audit_log VALUES(104,'2026-11-22T03:14:10.474Z','','','person',54,'import','[]','548462cdb5c9b561f9b571f9f10a23dafefcbff333b46c086e3b0b0407cdee8e','0b6df61d1602344fc6d8b155af68c6706015a8501ace2f5a62c6185c2afbed60','c15f94fb806da0a19b9b3364e0fab13c82a90efeee2c2b23d7d83c0a33c3e05d');
INSERT INTO audit_log VALUES(105,'2026-11-22T03:14:10.474Z','','','person',55,'import','[]','81f2f8497336bb6e4cf03088e440460816ec194f70329ba3a47fffda9a6efc27','c15f94fb806da0a19b9b3364e0fab13c82a90efeee2c2b23d7d83c0a33c3e05d','e9070c6518cf526db65dcd33dbaa5a9933ea9eb028fbb2a3a3fe9a28cf4aaaaa');
INSERT INTO audit_log VALUES(106,'2026-11-22T03:14:10.474Z','','','person',56,'import','[]','e0b4143e2630c26f217be93996694917f1ce505bc7d28a7d4f7e78970926501c','e9070c6518cf526db65dcd33dbaa5a9933ea9eb028fbb2a3a3fe9a28cf4aaaaa','f7700f86b90cc0674c212cea920cb1f385bcdcdeb1862166d6bfe42e889ca654');
INSERT INTO audit_log VALUES(107,'2026-11-22T03:14:10.474Z','','','person',57,'import','[]','b05ebfdcdcd8b6410a37d3c48148f5813a0792004dbf9116f149ac8a604ea731','f7700f86b90cc0674c212cea920cb1f385bcdcdeb1862166d6bfe42e889ca654','ca366280d6161018428ac5013b6879bd738fe23f5e1cd3dd5560b64a9ab336fd');
INSERT INTO audit_log VALUES(108,'2026-11-22T03:14:10.474Z','','','person',58,'import','[]','7515c83bd595f1621188ca37ebdcc6c10f472242cf1143db7e29047a0fdb5ba0','ca366280d6161018428ac5013b6879bd738fe23f5e1cd3dd5560b64a9ab336fd','918ab78583e1a0d5aea304599b9947d772d0eb9b2347738ced8bae1d519ebe29');
INSERT INTO audit_log VALUES(109,'2026-11-22T03:14:10.474Z','','','person',59,'import','[]','7aba1f520e8ef4b02c3ad2b11140a48d742d3b837050e910213973fd164fa89f','918ab78583e1a0d5aea304599b9947d772d0eb9b2347738ced8bae1d519ebe29','a3463e0f67ccf8d3d77ef56d04aa0aa427d3ebae2f27bbbb09ac1fb98a5160e3');
INSERT INTO audit_log VALUES(110,'2026-11-22T03:14:10.474Z','','','person',60,'import','[]','c5e368ae249e6dea66d4e10344d3d49a9725849d8cd4ec5679c4dd13dd585bbd','a3463e0f67ccf8d3d77ef56d04aa0aa427d3ebae2f27bbbb09ac1fb98a5160e3','8ac9c106494d8bfd16299207cd824de43753e7ea0ebc791406827c51a784ba92');
INSERT INTO audit_log VALUES(111,'2026-11-22T03:14:10.474Z','','','person',61,'import','[]','0a4603bdbb481c05e4174ad9e5857de20726aedab5110a404821e8692756b730','8ac9c106494d8bfd16299207cd824de43753e7ea0ebc791406827c51a784ba92','14ed58abe4de72a24b4ff40ab84e8e8d8eac1e7296d7e4b34e5f0d1ecf37eb61');
INSERT INTO audit_log VALUES(112,'2026-11-22T03:14:10.474Z','','','person',62,'import','[]','395d116a94d6ecb64925aa40cda5afa97a5f7512d4748006c9a322ba3656ade4','14ed58abe4de72a24b4ff40ab84e8e8d8eac1e7296d7e4b34e5f0d1ecf37eb61','471ba9e6f5582b924920612b98f5ebeec787494b3fa8bd3e4faf12e904d1ec1a');
INSERT INTO audit_log VALUES(113,'2026-11-22T03:14:10.474Z','','','person',63,'import','[]','1c7335e302731e490d299251924149d8381fe83df81f54d92bacaedcbf97801d','471ba9e6f5582b924920612b98f5ebeec787494b3fa8bd3e4faf12e904d1ec1a','e6008e53186fafa81a1b605bab3b52f4c49d21ec1b0383d0acc05940659f05c3');
INSERT INTO audit_log VALUES(114,'2026-11-22T03:14:10.474Z','','','person',64,'import','[]','e67f24c8c55dde43ad02e2d5da81642a85b19186dfca6cdf5355b9dd55581e4a','e6008e53186fafa81a1b605bab3b52f4c49d21ec1b0383d0acc05940659f05c3','7578e2169fa297135be84d4d49c2f3a26e639704add58c63f30e99fecd69c799');
INSERT INTO audit_log VALUES(115,'2026-11-22T03:14:10.474Z','','','person',65,'import','[]','f1da7c6604c54986115997f83eb87fc065a658f5fdef033ba57a9df523b572b7','7578e2169fa297135be84d4d49c2f3a26e639704add58c63f30e99fecd69c799','c5f1e8e2cb74f56f5a046e450321af284fa2dc6f3c3b64129ac704d8c89120de');
INSERT INTO audit_log VALUES(116,'2026-11-22T03:14:10.474Z','','','person',66,'import','[]','0228ca4c00a784c8aba30da88de57ba80e2a3627e7f9f5867f3e2b688fbe39c6','c5f1e8e2cb74f56f5a046e450321af284fa2dc6f3c3b64129ac704d8c89120de','43f668c4a05472cc4c08059777365505a2d51f6fb72a2de9cd188a27c6b0eeea');
INSERT INTO audit_log VALUES(117,'2026-11-22T03:14:10.474Z','','','person',67,'import','[]','98b1a2452422d4e9cd787ab93318f3f495b005d32b92cce9fcaaf5b6b70517c1','43f668c4a05472cc4c08059777365505a2d51f6fb72a2de9cd188a27c6b0eeea','331a11dddd81275b65a3b9e9b3347c95857a6efbffce9742603f012983bb9beb');
INSERT INTO audit_log VALUES(118,'2026-11-22T03:14:10.474Z','','','person',68,'import','[]','df8dc0b227196ed6ed5d3b6d53359d7e8bbee6218c98a1d4796520b25b80a37a','331a11dddd81275b65a3b9e9b3347c95857a6efbffce9742603f012983bb9beb','176b5983d12e2ed80a05d3afa22ed4e0b2be56c15ca4486cd7e52fe0c84e4af1');
INSERT INTO audit_log VALUES(119,'2026-11-22T03:14:10.474Z','','','person',69,'import','[]','cc563340ad4b4531b088bbcc2417b66e8e81379581a5526e97335873a2b3e8ef','176b5983d12e2ed80a05d3afa22ed4e0b2be56c15ca4486cd7e52fe0c84e4af1','c27f577bd9bea9c2415bdaa1dab407d93573383c49c133781f39dd9fd7a29de8');
INSERT INTO audit_log VALUES(120,'2026-11-22T03:14:10.474Z','','','person',70,'import','[]','c9da1ce4bbfbc4679fed1b70bdd072ff5639080140f846dd5cd3187454a659e3','c27f577bd9bea9c2415bdaa1dab407d93573383c49c133781f39dd9fd7a29de8','cd85c1c7d1cd753da236d31904e99b1c5c1537d2b6b39ac9b5a7a75cd1115781');
INSERT INTO audit_log VALUES(121,'2026-11-22T03:14:10.474Z','','','person',71,'import','[]','efe3849f7d4d056f7359b1123e728ecd94827713221ebfa3d93d86022021fbc7','cd85c1c7d1cd753da236d31904e99b1c5c1537d2b6b39ac9b5a7a75cd1115781','1a5f8f76edd68fec97b19e63c708928860148a0537c8d55a1fc04c9e713da123');
INSERT INTO audit_log VALUES(122,'2026-11-22T03:14:10.474Z','','','person',72,'import','[]','0425501028ebf1da157f13fc25c69a2de23c55bc255d6f8192123fae5859b251','1a5f8f76edd68fec97b19e63c708928860148a0537c8d55a1fc04c9e713da123','1dc4e926c084061fdeba9c703fabab71158be49af34967923a9b182ee0c0b0b8');
INSERT INTO audit_log VALUES(123,'2026-11-22T03:14:10.474Z','','','person',73,'import','[]','b7cda8a920d84579429b33f927e139503998a1d230e62200834e46dff24c6bc9','1dc4e926c084061fdeba9c703fabab71158be49af34967923a9b182ee0c0b0b8','2ca4ed26f15cc2884a61a66390d8125b5597692b53e4919a77cc8486725c330f');
INSERT INTO audit_log VALUES(124,'2026-11-22T03:14:10.474Z','','','person',74,'import','[]','e519833ced0fcc1c465e1fc4bc30e51f98601fe88519210cc4d5e75bfe270d38','2ca4ed26f15cc2884a61a66390d8125b5597692b53e4919a77cc8486725c330f','3b1f04214a74c5ee346e2790eea67582bc2a25f66cfb8663a2f5bfd54fd42167');
INSERT INTO audit_log VALUES(125,'2026-11-22T03:14:10.474Z','','','person',75,'import','[]','a0586fb970e61d5f647c09fc6b34cbc487184376fd9eea37daf92bee8f625f97','3b1f04214a74c5ee346e2790eea67582bc2a25f66cfb8663a2f5bfd54fd42167','06f0fe1eb5394a443102e99fe80b5c5de5233d9fa197de520268eba768798831');
INSERT INTO audit_log VALUES(126,'2026-11-22T03:14:10.474Z','','','person',76,'import','[]','8c8843dffdff9e48b784142ca15f1c6553cb7f04454f1f5e1a03d46504d2a7fc','06f0fe1eb5394a443102e99fe80b5c5de5233d9fa197de520268eba768798831','a9f715272231ee8aa4aa7a62031cc1b21044552df291f21c521731bfec1b7fe0');
INSERT INTO audit_log VALUES(127,'2026-11-22T03:14:10.474Z','','','person',77,'import','[]','6e99b37ee4459377ed32a0fcae2590ad11aa775c616beda021bf2f6c04038e06','a9f715272231ee8aa4aa7a62031cc1b21044552df291f21c521731bfec1b7fe0','81e1a1b465e2a644115fc511877fe1abf7f16f5a60fb05a01607cbb9eaf45d3c');
INSERT INTO audit_log VALUES(128,'2026-11-22T03:14:10.474Z','','','person',78,'import','[]','bb9ee9af4d6ddded41a31eb3d4ee05e25a75ea1a3e6861f13922f413a807d947','81e1a1b465e2a644115fc511877fe1abf7f16f5a60fb05a01607cbb9eaf45d3c','3086631e5d65bc20a0859779b2c9d50535688f92241e30adf141435a8a1aebb7');
INSERT INTO audit_log VALUES(129,'2026-11-22T03:14:10.474Z','','','person',79,'import','[]','9e421784656f8d4c2c6a604ec8875fb723a49d46f0c4a42ecc4cc28ebd3cb04f','3086631e5d65bc20a0859779b2c9d50535688f92241e30adf141435a8a1aebb7','d64f171e291894fdb16d6c783efbe8159bf547963601223be0bc90d0bb3f96cd');
INSERT INTO audit_log VALUES(130,'2026-11-22T03:14:10.474Z','','','person',80,'import','[]','e2c566fbcae7055aabe205f1dd3d60722feb7b6f5c928e2a62b2dc68f7b921be','d64f171e291894fdb16d6c783efbe8159bf547963601223be0bc90d0bb3f96cd','276e134ef8c2f3b926e12df9f5c46152d0e2d0522a7049d96e38065628c58dc3');
INSERT INTO audit_log VALUES(131,'2026-11-22T03:14:10.474Z','','','person',81,'import','[]','99afd75ea2532d0fa0be78de69cae75db8d2dc46e8cdf35d2af28b6719334ba2','276e134ef8c2f3b926e12df9f5c46152d0e2d0522a7049d96e38065628c58dc3','7729546eca42a68ed4c16f776ef848f84f01aed430b3e2d37973efd06e3baa2d');
INSERT INTO audit_log VALUES(132,'2026-11-22T03:14:10.474Z','','','person',82,'import','[]','d554f6fff407645e9e042f4c2e8b495ac2651cdddaa023df468c3d6bd7961a71','7729546eca42a68ed4c16f776ef848f84f01aed430b3e2d37973efd06e3baa2d','f93710358163f8451be587ca614e1dff6b2bb202bc888c2b1db7d1099c861a97');
INSERT INTO audit_log VALUES(133,'2026-11-22T03:14:10.474Z','','','person',83,'import','[]','ec797357234c541e83b7fe7c2edd9844091f2c4d46ef169bf3bccdeb4abb4bd7','f93710358163f8451be587ca614e1dff6b2bb202bc888c2b1db7d1099c861a97','0527152a34ac34acf8c65eb85dd6b23057dbd3b92cf73a48fd86d1fffe4da4fe');
INSERT INTO audit_log VALUES(134,'2026-11-22T03:14:10.474Z','','','person',84,'import','[]','f2cc9ee6b1970e5cd95ec426d38dbc9a2ae439500034d295489bc74caf8912c8','0527152a34ac34acf8c65eb85dd6b23057dbd3b92cf73a48fd86d1fffe4da4fe','ab5967d6d0d98629e19cd53a7a19f0d4fc865b5fbeebab10b2d31fc5298a6359');
INSERT INTO audit_log VALUES(135,'2026-11-22T03:14:10.474Z','','','person',85,'import','[]','6a2df0a62c504057fa72cb7a0e4fd53c2fcbf3a3985056c6dbb394d21351403a','ab5967d6d0d98629e19cd53a7a19f0d4fc865b5fbeebab10b2d31fc5298a6359','447b6cae3151cce55200cf533d25b7b399c3b2466c3079c4b0eccb59e0740514');
INSERT INTO audit_log VALUES(136,'2026-11-22T03:14:10.474Z','','','person',86,'import','[]','75a3405f7919418a5a4b2f42f4a8fd7b3b5b975fa3ae27a1840ae66186dca73e','447b6cae3151cce55200cf533d25b7b399c3b2466c3079c4b0eccb59e0740514','1ef10eb04d2842f7ecdbf7cb0d9c850a9fb62b022704348c938db6024cce061a');
INSERT INTO audit_log VALUES(137,'2026-11-22T03:14:10.474Z','','','person',87,'import','[]','afd32375cf1b05dc66dd806a4a3136e005b87d6413987092c9a1eb727efe57b7','1ef10eb04d2842f7ecdbf7cb0d9c850a9fb62b022704348c938db6024cce061a','4541ef5025dbd8b7cc4e6b198c88677f3588dd31997fef212c1a8856f0cff30b');
INSERT INTO audit_log VALUES(138,'2026-11-22T03:14:10.474Z','','','person',88,'import','[]','d8a1cf99a8f8a8e75a3a37a0da9409635a99173a69e1129d31b892ae40911f01','4541ef5025dbd8b7cc4e6b198c88677f3588dd31997fef212c1a8856f0cff30b','2871730f605bdc506221d6f492260699218856a19325232508fb6f0e0717f65c');
INSERT INTO audit_log VALUES(139,'2026-11-22T03:14:10.474Z','','','person',89,'import','[]','25277c8b4ef3f1b3430ce92332d891cf18e485d4aadfe182afde57e77d7b0cb7','2871730f605bdc506221d6f492260699218856a19325232508fb6f0e0717f65c','3eca6dac05f12c739ebdc073c1c402542fe28bc3c054558c7efdfebcb35c1731');
INSERT INTO audit_log VALUES(140,'2026-11-22T03:14:10.474Z','','','person',90,'import','[]','bea5699b70d3c3f6cbf6e634247dc7f8411724b0e2202d326ebdd981bef0f4a3','3eca6dac05f12c739ebdc073c1c402542fe28bc3c054558c7efdfebcb35c1731','777cbdb2efacd164671641511763ca26cbd4b1de74b98279aad7d046a404b1f7');
INSERT INTO audit_log VALUES(141,'2026-11-22T03:14:10.474Z','','','person',91,'import','[]','06819cdd0833cd287e33e7df459c14b8986429ce04742fb59882df33580dac76','777cbdb2efacd164671641511763ca26cbd4b1de74b98279aad7d046a404b1f7','694fd1959c1cb448a4216f25bba2d6cf5bad0bbac14ebef6fe6d56cd404d2770');
INSERT INTO audit_log VALUES(142,'2026-11-22T03:14:10.474Z','','','person',92,'import','[]','815e128149035254cf362c5402478851c415280d5cb53dddc6183a7eb5e13642','694fd1959c1cb448a4216f25bba2d6cf5bad0bbac14ebef6fe6d56cd404d2770','7ddf1c69ae7b72770682c2f3f8877206927fbbf951cabe2e93a576fc9d384366');
INSERT INTO audit_log VALUES(143,'2026-11-22T03:14:10.474Z','','','person',93,'import','[]','30c4b72a78ec863fbd9c00f966b5519ed2365550d3dd2c13f490ccdfce9223a1','7ddf1c69ae7b72770682c2f3f8877206927fbbf951cabe2e93a576fc9d384366','9ab9640bd8be769de9f67f3fd83f50bb0cd7098708e3f058ac25c9b631d66ce6');
INSERT INTO audit_log VALUES(144,'2026-11-22T03:14:10.474Z','','','person',94,'import','[]','a92619df172f62f72dae73dc3843e841042b76d0567f798374af41fbd5479bbe','9ab9640bd8be769de9f67f3fd83f50bb0cd7098708e3f058ac25c9b631d66ce6','cbced6d63be989d861b5ba78d4bbb058224478b0df173202e19fc67348ed1a62');
INSERT INTO audit_log VALUES(145,'2026-11-22T03:14:10.474Z','','','person',95,'import','[]','5355e45008c57cba6af936743ed9794f67e0c64c4ec3a77e565e5332abbbdf72','cbced6d63be989d861b5ba78d4bbb058224478b0df173202e19fc67348ed1a62','b41d205ece11b92892d44a112640895734de7a6fa5a2fa5aff50348866653647');
INSERT INTO audit_log VALUES(146,'2026-11-22T03:14:10.474Z','','','person',96,'import','[]','653e7119794f866a170643b488229d6129be0f576d85e164fbd28d8d2e25d2b0','b41d205ece11b92892d44a112640895734de7a6fa5a2fa5aff50348866653647','8de8843746acbbb805d54786f933524e0f8dcae4f2eed384ac7d84c7114db279');
INSERT INTO audit_log VALUES(147,'2026-11-22T03:14:10.474Z','','','person',97,'import','[]','5c6173fba3044f7fc1d77492f57e67ee6b22e1089ad3206bb8860179a2b0568c','8de8843746acbbb805d54786f933524e0f8dcae4f2eed384ac7d84c7114db279','4ef54a056f5a906774807d3b5d1d32d5a9a75ce716dc9fc1298be5d13683d471');
INSERT INTO audit_log VALUES(148,'2026-11-22T03:14:10.474Z','','','person',98,'import','[]','c1edd9b39f9f9f54777b2f5476e9ed5e3b21cfc662904b5cc6c04786637c9cfa','4ef54a056f5a906774807d3b5d1d32d5a9a75ce716dc9fc1298be5d13683d471','8e108e099cbdaff2fad2847791d5c4e71b1e53c016011fe824eb746a1703b1cd');
INSERT INTO audit_log VALUES(149,'2026-11-22T03:14:10.474Z','','','person',99,'import','[]','fd57e0eee581e27883f22b87fdbc966ca4396de000c61e1b6ab31ca2893bd0f5','8e108e099cbdaff2fad2847791d5c4e71b1e53c016011fe824eb746a1703b1cd','2ecde105bc76af25c00c101b0f3defb125d7f022277b4fd81c0c836eee0545cd');
INSERT INTO audit_log VALUES(150,'2026-11-22T03:14:10.474Z','','','person',100,'import','[]','251ecf2c2acd947c6c725daaeb8cf955d616cdd673901035d8e2f6cb4bd3ee56','2ecde105bc76af25c00c101b0f3defb125d7f022277b4fd81c0c836eee0545cd','d97e1f1e289962b8137d4f948f466ae33db9507db87fd41757dd322f94f2b18a');
INSERT INTO audit_log VALUES(151,'2026-11-22T03:14:10.474Z','','','person',101,'import','[]','5f462298dfea27ba5fbaec7c17bb65a1d13ddd8ec3f218150c18d02182967335','d97e1f1e289962b8137d4f948f466ae33db9507db87fd41757dd322f94f2b18a','44fcb659766ef30dcf43b586f8e522c2a5c59ae5f9b3a306fb13721f06923b44');
INSERT INTO audit_log VALUES(152,'2026-11-22T03:14:10.474Z','','','person',102,'import','[]','674bc1b7be8b9664e8a015ad9f92a513c1904edcc5d6d46574298022d0217a11','44fcb659766ef30dcf43b586f8e522c2a5c59ae5f9b3a306fb13721f06923b44','5030e855b8a930a01718bc941bbdd0c1e604fe47920796cbc8ba5cd67e1e4a65');
INSERT INTO audit_log VALUES(153,'2026-11-22T03:14:10.474Z','','','person',103,'import','[]','5a0653369643d960dd13e39d1cdcca2a9ddbf3045595465cb0c2ff089e536c56','5030e855b8a930a01718bc941bbdd0c1e604fe47920796cbc8ba5cd67e1e4a65','5b1921383b53dd691ab54d51cf74729d71b736dd5ca92d02697afc4a230849ad');
INSERT INTO audit_log VALUES(154,'2026-11-22T03:14:10.474Z','','','person',104,'import','[]','89e10451d483195f8748c20781375480c1b84b0e4df4839c0be908528a590915','5b1921383b53dd691ab54d51cf74729d71b736dd5ca92d02697afc4a230849ad','ef3ec3237ebf643c5090361b5428fab1f2c34422714129a7737766cf06148777');
INSERT INTO audit_log VALUES(155,'2026-11-22T03:14:10.474Z','','','person',105,'import','[]','c73c372b72e13dd6600181c2c3a3744846f95bc92e844453cbf0b16d66d7d3ae','ef3ec3237ebf643c5090361b5428fab1f2c34422714129a7737766cf06148777','32012f732efa19278c8aac446c8710205726c4f029fcb42fd0e4c7f5b582f3c6');
INSERT INTO audit_log VALUES(156,'2026-11-22T03:14:10.474Z','','','person',106,'import','[]','c55b1bedfacff6bc0720f3d2f5b2a0fe94bf59e4beb956e3f78984f434574a05','32012f732efa19278c8aac446c8710205726c4f029fcb42fd0e4c7f5b582f3c6','6a978139b467cc57e0624302d567a3b03ba05b81d22ac23fc35ceed97811dfbe');
INSERT INTO audit_log VALUES(157,'2026-11-22T03:14:10.474Z','','','person',107,'import','[]','c5b9d2eaddcedc3398553d2f9284e6fbe531bdfb6e0b8a9d4ea1b8f9fc6fe32f','6a978139b467cc57e0624302d567a3b03ba05b81d22ac23fc35ceed97811dfbe','a8100ba1b129d962e1224a06640e2b66b9d1ace54e754bfd0f8551d322720621');
INSERT INTO audit_log VALUES(158,'2026-11-22T03:14:10.474Z','','','person',108,'import','[]','d7a8e6785c5fe3a7d354dab1a51a636c6a84158662403e2a84e0df669faef624','a8100ba1b129d962e1224a06640e2b66b9d1ace54e754bfd0f8551d322720621','8bec2622255a38c0734d0ab1d579f2ee26221d2f3c1cc8f70ca532e711f19ff2');
INSERT INTO audit_log VALUES(159,'2026-11-22T03:14:10.474Z','','','person',109,'import','[]','7bf04317ffbbfded7622cdf4afd6d2476e3c2b86d88f003be5ed70aae7b5dacd','8bec2622255a38c0734d0ab1d579f2ee26221d2f3c1cc8f70ca532e711f19ff2','939940a2d7f67b4b3dee8601a00947334632831269eb153749f617c9083bbe5e');
INSERT INTO audit_log VALUES(160,'2026-11-22T03:14:10.474Z','','','person',110,'import','[]','c02170de7770398df94e1f30e0b7241cfa11ba599a701f3d9a92d7443802fe64','939940a2d7f67b4b3dee8601a00947334632831269eb153749f617c9083bbe5e','980b6371290a5a934f237c2df3876fdcb2cc6faf2bb5db7d888a9b72ac1aa8df');
INSERT INTO audit_log VALUES(161,'2026-11-22T03:14:10.474Z','','','person',111,'import','[]','3b1e8edf6027378a361314bc945f0ed50db9e705a47ba588ac455653c74eaedc','980b6371290a5a934f237c2df3876fdcb2cc6faf2bb5db7d888a9b72ac1aa8df','27c9a1347864ba23c2c6659568adeaea4fdec2cda1680fb3b059c0730e770f9d');
INSERT INTO audit_log VALUES(162,'2026-11-22T03:14:10.474Z','','','person',112,'import','[]','b584e491afa72389706e380e2a8e576caf9c138bc321ce14ba8ae124b0fcef8c','27c9a1347864ba23c2c6659568adeaea4fdec2cda1680fb3b059c0730e770f9d','3b06ff0e386a31e910ecb7a226ed06e2d70ccbd5e9d0b5dca98cffec92e6c9d1');
INSERT INTO audit_log VALUES(163,'2026-11-22T03:14:10.474Z','','','person',113,'import','[]','a9da5341e982ac938eec88af37db7c47c57ff5a8f7bfe2cf41d5811edc050ab5','3b06ff0e386a31e910ecb7a226ed06e2d70ccbd5e9d0b5dca98cffec92e6c9d1','a21a2db312dfcce0a6bfe7c7e62fce0521341b8627ca817de3c31622283b9fe7');
INSERT INTO audit_log VALUES(164,'2026-11-22T03:14:10.474Z','','','asset',1,'import','[]','ad10aad8fc9070542d81aca9dabde515255d9180adb07d49d3ea5e8794c9cd60','a21a2db312dfcce0a6bfe7c7e62fce0521341b8627ca817de3c31622283b9fe7','83f77ac6c4c144e8efc0742b82ca82a32bf79799b0defcd2db033fb37090d31f');
INSERT INTO audit_log VALUES(165,'2026-11-22T03:14:10.474Z','','','asset',2,'import','[]','4a3c7661b137ce2561a8e22ee3798dc6063e825e89bedca6c49b3ae99e6f9fcc','83f77ac6c4c144e8efc0742b82ca82a32bf79799b0defcd2db033fb37090d31f','580a2be6636ab56b89fb071e408b7ee3cba8f07f59af5c38631f903f22fd1943');
INSERT INTO audit_log VALUES(166,'2026-11-22T03:14:10.474Z','','','asset',3,'import','[]','7c45ee507519cbf7784032e11ee7cd9af65769607a1f2dd081c7b287bc34ffb0','580a2be6636ab56b89fb071e408b7ee3cba8f07f59af5c38631f903f22fd1943','b13e879c5a838f595508731b86b4275ad404af9824935d8f358cffcc73570a0c');
INSERT INTO audit_log VALUES(167,'2026-11-22T03:14:10.474Z','','','asset',4,'import','[]','5d1143dc18f01229e273eb25cb931ab46830ec295a5f6a017bc9c6c00b6a8650','b13e879c5a838f595508731b86b4275ad404af9824935d8f358cffcc73570a0c','21303f6244027e13cbc21ccf5cc42dbb4eeb6be0b8bf5180704e5da17d99389d');
INSERT INTO audit_log VALUES(168,'2026-11-22T03:14:10.474Z','','','asset',5,'import','[]','a0b096c1e904dafcc781bc8f3168c4f76ea61633f2acd974a5d2d5b1f98e04e8','21303f6244027e13cbc21ccf5cc42dbb4eeb6be0b8bf5180704e5da17d99389d','149f5ceec3dca91087c951f0d6628e94da16860e21a75f3dcfd1432bf55109ea');
INSERT INTO audit_log VALUES(169,'2026-11-22T03:14:10.474Z','','','asset',6,'import','[]','290aa884e6041fd4c9b3504ea4eb524c6272292129921a66884b6272423c3769','149f5ceec3dca91087c951f0d6628e94da16860e21a75f3dcfd1432bf55109ea','a3c16482755626de116fc79c8113a3628175bef5542e0b070bc951c1504ab38b');
INSERT INTO audit_log VALUES(170,'2026-11-22T03:14:10.474Z','','','asset',7,'import','[]','197ad09920ef4e96c23427f40578e726a1848595203b20c03b55fb5adb60a0a6','a3c16482755626de116fc79c8113a3628175bef5542e0b070bc951c1504ab38b','6d310663f5fcd8c1097f523ec35d2e43809964ff12615f716d0489b469e3e587');
INSERT INTO audit_log VALUES(171,'2026-11-22T03:14:10.474Z','','','asset',8,'import','[]','b2f1fe4f4c2193ab646d88a1e4efa0bb79e89b923c8ea569a7223c3df154c084','6d310663f5fcd8c1097f523ec35d2e43809964ff12615f716d0489b469e3e587','c5d80f1d074da062dac4f098e107a4e1da4331b77b1bf7e340aa0c069857ba43');
INSERT INTO audit_log VALUES(172,'2026-11-22T03:14:10.474Z','','','asset',9,'import','[]','9c0c3d233590010bcacdccc0634aa8be58909e9ee8fee7cfb6dcf002f63fb3aa','c5d80f1d074da062dac4f098e107a4e1da4331b77b1bf7e340aa0c069857ba43','b2d56929d6d7a8ac4a88a8573ab4b4e7052cd33941745d112a8793fbbc76b85b');
INSERT INTO audit_log VALUES(173,'2026-11-22T03:14:10.474Z','','','asset',10,'import','[]','d21a518eec809df07c188a40ea41485188c89179786da08cdffdcb134b1570d1','b2d56929d6d7a8ac4a88a8573ab4b4e7052cd33941745d112a8793fbbc76b85b','8441ed43bf4b2e1e0a770fd084dbf61443fb2a3013bee27fb4200e423b74de42');
INSERT INTO audit_log VALUES(174,'2026-11-22T03:14:10.474Z','','','asset',11,'import','[]','b6baaaba7ba41b5061e224e39b7c81c132d7f3336f75b0d7997eed4b54a4f892','8441ed43bf4b2e1e0a770fd084dbf61443fb2a3013bee27fb4200e423b74de42','673b6e7879dab31492d2bbff5e3dd41066b39a470897221592bd484bdec38a98');
INSERT INTO audit_log VALUES(175,'2026-11-22T03:14:10.474Z','','','asset',12,'import','[]','cccae7c219571b52efca495af551924008e00ce16488e9e8f9c713f27cc7a272','673b6e7879dab31492d2bbff5e3dd41066b39a470897221592bd484bdec38a98','5ea370a0cafc16c46094b0be00d3a749dde491db62f75e81e2bd43800fe7fdf1');
INSERT INTO audit_log VALUES(176,'2026-11-22T03:14:10.474Z','','','asset',13,'import','[]','5effc50f5ac2b69ab381d18a123f703149be9ccad81f888729c818761f23f088','5ea370a0cafc16c46094b0be00d3a749dde491db62f75e81e2bd43800fe7fdf1','9bd454b295a441fa6bfc99fe1c43e51136238d1b3151ad4e75a40f6c0c89019d');
INSERT INTO audit_log VALUES(177,'2026-11-22T03:14:10.474Z','','','asset',14,'import','[]','e4c0fad0bb35910c7020c82a968b83c5443de5ed6267d61d86d7a9762bab6067','9bd454b295a441fa6bfc99fe1c43e51136238d1b3151ad4e75a40f6c0c89019d','2cd8114b3e7179801f0b8783eaf492eb81ff294fef8cd4efa970587af1e24734');
INSERT INTO audit_log VALUES(178,'2026-11-22T03:14:10.474Z','','','asset',15,'import','[]','597eb73f3f66d751f87b7ec11a8f7d0b6199d72d0e3b3b5dc7553f62da54563b','2cd8114b3e7179801f0b8783eaf492eb81ff294fef8cd4efa970587af1e24734','40fe9b1ef4d41b56419e5c2b70eecce7793899b98f62f5f9026e2a3f699d984a');
INSERT INTO audit_log VALUES(179,'2026-11-22T03:14:10.474Z','','','asset',16,'import','[]','b67c2dfc8d8ae2a3b4e94c93f9ad208e3e04a3f2d71e794d87335b01b9d60f61','40fe9b1ef4d41b56419e5c2b70eecce7793899b98f62f5f9026e2a3f699d984a','f67eba7624a81abb756616d3ce5efc1c26976f11d585cd5c3bc4a7782488bc1f');
INSERT INTO audit_log VALUES(180,'2026-11-22T03:14:10.474Z','','','asset',17,'import','[]','735f224edac78505e4dcdbc0b1f6d3906984074bc1114ceec8d068087f7b214a','f67eba7624a81abb756616d3ce5efc1c26976f11d585cd5c3bc4a7782488bc1f','9e50b4c0ffc6a5807b0f4e4eb9cf7799974d48c17687d421d2581a48b6aec753');
INSERT INTO audit_log VALUES(181,'2026-11-22T03:14:10.474Z','','','asset',18,'import','[]','ac6ce4a23369cc8b79ba01b3e6234c5be8a9338850e442d4a68b88474c866102','9e50b4c0ffc6a5807b0f4e4eb9cf7799974d48c17687d421d2581a48b6aec753','87a732b9b5cdf23a5907ce256d452b551fa50306563f131329dd2872cf972cd5');
INSERT INTO audit_log VALUES(182,'2026-11-22T03:14:10.474Z','','','asset',19,'import','[]','f34ca0581be6c34ea7d9a159cfdbec20cd075f65e08cfb01b61b2bcf9dc1c1dc','87a732b9b5cdf23a5907ce256d452b551fa50306563f131329dd2872cf972cd5','ca8693ccf737b5437fdac3c2f36cc877647b30bfea5f372cc466350006b63539');
INSERT INTO audit_log VALUES(183,'2026-11-22T03:14:10.474Z','','','asset',20,'import','[]','510b9bf988b4443a06d5d4510db30a1a9ee0ff19af1a4b6707c4973990fa142a','ca8693ccf737b5437fdac3c2f36cc877647b30bfea5f372cc466350006b63539','645ffc5d8d272f552faf971adf16d9150709e5215957a996768a551525855687');
INSERT INTO audit_log VALUES(184,'2026-11-22T03:14:10.474Z','','','asset',21,'import','[]','523655a4384f1dc429e4cd92b98402637813751c00d9672eb97894da5a938276','645ffc5d8d272f552faf971adf16d9150709e5215957a996768a551525855687','3d21def70628f7f3956542cf6c7a1b809ea2a9502466a009a500615c2bb1d677');
INSERT INTO audit_log VALUES(185,'2026-11-22T03:14:10.474Z','','','asset',22,'import','[]','2951a054eb50dd34657a2696d0709b33f6814c3b137b5c5e5219562f417da2a2','3d21def70628f7f3956542cf6c7a1b809ea2a9502466a009a500615c2bb1d677','f46185a96ad473a461619e5ee079373712974ae5b9d3753c47a90d5a6965330f');
INSERT INTO audit_log VALUES(186,'2026-11-22T03:14:10.474Z','','','asset',23,'import','[]','c5a70fe402ca9063767a54e45d1cd26023f54a211a11fb40f5b5322d3e2284a4','f46185a96ad473a461619e5ee079373712974ae5b9d3753c47a90d5a6965330f','e3e3c03211888c432352fbebbffb5a51b462073cc543b10f5d2d8847b4df34ef');
INSERT INTO audit_log VALUES(187,'2026-11-22T03:14:10.474Z','','','asset',24,'import','[]','3982109aec6cc061641f3ed16dce4391083f41321c6353e11b13d34c4775c7f7','e3e3c03211888c432352fbebbffb5a51b462073cc543b10f5d2d8847b4df34ef','6a5dd287e2a6df94ebc85585f02f13521625417699cae1d010987b8afab49067');
INSERT INTO audit_log VALUES(188,'2026-11-22T03:14:10.474Z','','','asset',25,'import','[]','0caa76cc7c62da0ad611065c4ea70c7ceed37447f7782d4f4240a3df084e2672','6a5dd287e2a6df94ebc85585f02f13521625417699cae1d010987b8afab49067','b23243158464766e45bb6eead73a51fdbfa943cb7fe2b8e705991cb6d2b3f9d4');
INSERT INTO audit_log VALUES(189,'2026-11-22T03:14:10.474Z','','','link',1,'import','[]','dc22f7e2d3388730ff75461ad1995a265e35d49e7f38acac32df0b4e09dfc870','b23243158464766e45bb6eead73a51fdbfa943cb7fe2b8e705991cb6d2b3f9d4','1a8f8fd1d376929e5b2fad1ddbf9b5e58f4258a5b2e223705700ae214ebfe3be');
INSERT INTO audit_log VALUES(190,'2026-11-22T03:14:10.474Z','','','link',2,'import','[]','0a38b36eb7541575d58fbfc78f81e6ce57f19c9be96f4de7a1f02371c1c014b8','1a8f8fd1d376929e5b2fad1ddbf9b5e58f4258a5b2e223705700ae214ebfe3be','c42017222e94d0e6f3d1aaa59dfa23297dd667c543d8b6c9b1e6da8c070d56ce');
INSERT INTO audit_log VALUES(191,'2026-11-22T03:14:10.474Z','','','link',3,'import','[]','7526ea17eabcf2adde140ba428c28fa713b5b8d351d095713298c4a3970c0dfe','c42017222e94d0e6f3d1aaa59dfa23297dd667c543d8b6c9b1e6da8c070d56ce','51aec8041694b4f4676dc3faee8d13db07b2f523c6fd0b2e5ecbd479abd3f81c');
INSERT INTO audit_log VALUES(192,'2026-11-22T03:14:10.474Z','','','link',4,'import','[]','3ddf8a0ed0d17f2ad12fee89ebab5042f2e825e8e992d0656d69e0c554c2c55a','51aec8041694b4f4676dc3faee8d13db07b2f523c6fd0b2e5ecbd479abd3f81c','d2f5e3483c4e6cb95cf7dee3e7ee6713249bad2bc55115eb05abd2d1b9e78235');
INSERT INTO audit_log VALUES(193,'2026-11-22T03:14:10.474Z','','','link',5,'import','[]','fe0dcf870a9a1b6b67de38bc8528c47520161cbe8a7f581d96c632cfff91c881','d2f5e3483c4e6cb95cf7dee3e7ee6713249bad2bc55115eb05abd2d1b9e78235','595e332643cd19948698f17299fd6116c45d58e9e3ee7ba94ea7d1e1154554d9');
INSERT INTO audit_log VALUES(194,'2026-11-22T03:14:10.474Z','','','link',6,'import','[]','9f913b5311587c959cc4ccab339c7f39b4954cc6fca3d161e4a14b153f1f71a3','595e332643cd19948698f17299fd6116c45d58e9e3ee7ba94ea7d1e1154554d9','3b07e1c2e24219e70ff30c248f9efeee49a20acbe51cbc41b313f805c7a09747');
INSERT INTO audit_log VALUES(195,'2026-11-22T03:14:10.474Z','','','setting',0,'import','[{"field":"scheme","new":{"axes":[{"id":"C","levels":[{"description":{"en":"Any information asset that is not confidentiality 2 or 3 (public or publishable)","ja":"機密性2又は機密性3の情報資産以外の情報資産"},"id":"1","label":{"en":"C1","ja":"機密性1"},"measures":[],"score":1},{"description":{"en":"Not secret, but not meant for immediate publication","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、直ちに一般に公表することを前提としていない情報資産"},"id":"2","label":{"en":"C2","ja":"機密性2"},"measures":["NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":2},{"description":{"en":"Needs secrecy equivalent to a secret document","ja":"行政事務で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産"},"id":"3","label":{"en":"C3","ja":"機密性3"},"measures":["NO_PRIVATE_DEVICE","NO_UNNEEDED_COPY","RESTRICTED_STORAGE","ENCRYPT_ON_SEND","LOCKED_CASE_TRANSPORT","SECURE_DISPOSAL","TRUSTED_NETWORK","OFFSITE_MEASURES","LOCKED_STORAGE"],"score":3}],"name":{"en":"Confidentiality","ja":"機密性"}},{"id":"I","levels":[{"description":{"en":"Any information asset that is not integrity 2","ja":"完全性2の情報資産以外の情報資産"},"id":"1","label":{"en":"I1","ja":"完全性1"},"measures":[],"score":1},{"description":{"en":"Tampering, error or damage could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、改ざん、誤びゅう又は破損により、住民の権利が侵害される又は行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"I2","ja":"完全性2"},"measures":["OFFSITE_MEASURES","LOCKED_STORAGE","BACKUP","ELECTRONIC_SIGNATURE"],"score":2}],"name":{"en":"Integrity","ja":"完全性"}},{"id":"A","levels":[{"description":{"en":"Any information asset that is not availability 2","ja":"可用性2の情報資産以外の情報資産"},"id":"1","label":{"en":"A1","ja":"可用性1"},"measures":[],"score":1},{"description":{"en":"Loss or unavailability could harm residents'' rights or seriously disrupt administrative work","ja":"行政事務で取り扱う情報資産のうち、滅失、紛失又は当該情報資産が利用不可能であることにより、住民の権利が侵害される又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報資産"},"id":"2","label":{"en":"A2","ja":"可用性2"},"measures":["LOCKED_STORAGE","BACKUP","RTO_DEFINED"],"score":2}],"name":{"en":"Availability","ja":"可用性"}}],"format":"daicho-scheme","id":"soumu","importance":{"direct":false,"levels":[{"description":{"en":"A security breach would only slightly disrupt administrative work (e.g. information already published and available to anyone)","ja":"セキュリティ侵害が行政事務の執行に軽微な支障を及ぼす情報（例：誰でも利用可能な情報であり、既に公開済みの情報）"},"id":"C","label":{"en":"C (administrative information, minor)","ja":"重要度C（行政情報（軽易））"},"measures":[],"score":1},{"description":{"en":"A security breach would disrupt administrative work (e.g. administrative information other than importance C)","ja":"セキュリティ侵害が行政事務の執行に支障を及ぼす情報（例：重要度Cを除く行政情報）"},"id":"B","label":{"en":"B (administrative information, important)","ja":"重要度B（行政情報（重要））"},"measures":[],"score":2},{"description":{"en":"Information about individuals that can identify a specific person","ja":"個人に関する情報であって、特定の個人を識別し得る情報"},"id":"A","label":{"en":"A (personal information)","ja":"重要度A（個人情報）"},"measures":[],"score":3}],"rules":[{"if":{"personal":true},"label":{"en":"contains personal information (sensitive or My Number data included)","ja":"個人情報（要配慮個人情報・特定個人情報を含む）を含む"},"then":"A"},{"if":{"atLeast":"3","axis":"C"},"label":{"en":"confidentiality 3 (equivalent to a secret document)","ja":"機密性3（秘密文書相当）"},"then":"A"},{"if":{"atLeast":"2","axis":"C"},"label":{"en":"confidentiality 2","ja":"機密性2"},"then":"B"},{"if":{"any":[{"atLeast":"2","axis":"I"},{"atLeast":"2","axis":"A"}]},"label":{"en":"confidentiality 1 with integrity 2 or availability 2","ja":"機密性1で完全性2又は可用性2"},"then":"B"},{"if":"otherwise","label":{"en":"C1, I1 and A1 with no personal information","ja":"機密性1・完全性1・可用性1で個人情報なし"},"then":"C"}]},"ipaImportance":{"axes":["C","I","A"]},"measures":[{"label":{"en":"No work on devices the organisation did not issue","ja":"支給以外の端末での作業の原則禁止"},"tag":"NO_PRIVATE_DEVICE"},{"label":{"en":"No copying or distribution beyond need","ja":"必要以上の複製及び配付禁止"},"tag":"NO_UNNEEDED_COPY"},{"label":{"en":"Restricted storage place; no unneeded media brought into it","ja":"保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止"},"tag":"RESTRICTED_STORAGE"},{"label":{"en":"Encrypt or password-protect when sending, carrying or handing over","ja":"情報の送信、情報資産の運搬・提供時における暗号化・パスワード設定"},"tag":"ENCRYPT_ON_SEND"},{"label":{"en":"Carry in a locked case","ja":"運搬時の鍵付きケースへの格納"},"tag":"LOCKED_CASE_TRANSPORT"},{"label":{"en":"Dispose of only after making it unrecoverable","ja":"復元不可能な処理を施しての廃棄"},"tag":"SECURE_DISPOSAL"},{"label":{"en":"Choose a trustworthy network line","ja":"信頼のできるネットワーク回線の選択"},"tag":"TRUSTED_NETWORK"},{"label":{"en":"Safety measures defined for processing outside the office","ja":"外部で情報処理を行う際の安全管理措置の規定"},"tag":"OFFSITE_MEASURES"},{"label":{"en":"Store electronic media in a lockable place","ja":"電磁的記録媒体の施錠可能な場所への保管"},"tag":"LOCKED_STORAGE"},{"label":{"en":"Backup","ja":"バックアップ"},"tag":"BACKUP"},{"label":{"en":"Electronic signature","ja":"電子署名の付与"},"tag":"ELECTRONIC_SIGNATURE"},{"label":{"en":"Recovery within a specified time","ja":"指定する時間以内の復旧"},"tag":"RTO_DEFINED"}],"name":{"en":"MIC guideline (C3/2/1, I2/1, A2/1)","ja":"総務省ガイドライン（機密性3/2/1・完全性2/1・可用性2/1）"},"version":1}},{"field":"settings","new":{}},{"field":"title","new":"みどり市 情報資産管理台帳（デモ）"}]','3600cb3141b6e155070214e5996e837d7f6a120c68601a356cc471b6a0ea9366','3b07e1c2e24219e70ff30c248f9efeee49a20acbe51cbc41b313f805c7a09747','9bd5a5b9db4e9089d62a498acfc78a8c3565d331ed77cb304cc1cbfd18cf8927');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('departments',49);
INSERT INTO sqlite_sequence VALUES('people',113);
INSERT INTO sqlite_sequence VALUES('assets',25);
INSERT INTO sqlite_sequence VALUES('asset_links',6);
CREATE INDEX people_department ON people(department_id);
CREATE INDEX assets_department ON assets(department_id);
CREATE INDEX assets_system ON assets(system_id);
CREATE INDEX asset_links_to ON asset_links(to_id);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
COMMIT;
PRAGMA application_id = 1145129283;
PRAGMA user_version = 1;
