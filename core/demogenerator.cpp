#include "core/demogenerator.h"

#include "core/classificationengine.h"
#include "core/classificationscheme.h"
#include "core/exceptions.h"

#include <QHash>
#include <QSize>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace daicho {

namespace {

// ---------------------------------------------------------------------------------------------
// Randomness: xoshiro256** seeded through splitmix64 (both by Blackman and Vigna, public domain).
// Our own generator and integer arithmetic only, so that a seed gives the same register everywhere;
// std::uniform_int_distribution and QRandomGenerator's bounded() may differ between libraries.

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : mS)
            s = splitmix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(mS[1] * 5, 7) * 9;
        const quint64 t = mS[1] << 17;
        mS[2] ^= mS[0];
        mS[3] ^= mS[1];
        mS[1] ^= mS[2];
        mS[0] ^= mS[3];
        mS[2] ^= t;
        mS[3] = rotl(mS[3], 45);
        return result;
    }

    /// Uniform in [0, n) for n ≥ 1 (multiply-shift; its bias below n / 2^32 does not matter here).
    int below(int n) { return static_cast<int>(((next() >> 32) * static_cast<quint64>(n)) >> 32); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool percent(int p) { return below(100) < p; }
    template <typename C>
    const auto &pick(const C &c)
    {
        return c[static_cast<std::size_t>(below(static_cast<int>(std::size(c))))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> mS{};
};

QString u8(const char *s) { return QString::fromUtf8(s); }

// ---------------------------------------------------------------------------------------------
// The city. A code ending in "00" is a 部; a 課 belongs to the 部 with its first two digits.
// weight: share of the assets (0 = a 部, which keeps none; -1 = abolished before the demo year).

struct DeptDef {
    const char *code;
    const char *name;
    int weight;
};

constexpr DeptDef kDepartments[] = {
    {"0100", "総務部", 0},           {"0110", "総務課", 5},         {"0120", "人事課", 4},
    {"0130", "情報政策課", 6},       {"0140", "財政課", 3},         {"0150", "契約管財課", 3},
    {"0160", "危機管理課", 3},       {"0200", "企画政策部", 0},     {"0210", "企画課", 3},
    {"0220", "広報広聴課", 3},       {"0230", "行政改革推進室", -1}, {"0300", "市民部", 0},
    {"0310", "市民課", 12},          {"0320", "保険年金課", 9},     {"0330", "市民協働課", 3},
    {"0400", "税務部", 0},           {"0410", "市民税課", 10},      {"0420", "資産税課", 7},
    {"0430", "納税課", 7},           {"0500", "健康福祉部", 0},     {"0510", "福祉総務課", 4},
    {"0520", "障害福祉課", 6},       {"0530", "介護保険課", 8},     {"0540", "生活福祉課", 7},
    {"0550", "子育て支援課", 8},     {"0560", "健康推進課", 7},     {"0700", "環境部", 0},
    {"0710", "環境政策課", 3},       {"0720", "ごみ対策課", 4},     {"0800", "産業振興部", 0},
    {"0810", "商工観光課", 3},       {"0820", "農林課", 3},         {"0900", "建設部", 0},
    {"0910", "道路課", 5},           {"0920", "都市計画課", 4},     {"0930", "建築指導課", 4},
    {"0940", "下水道課", 4},         {"1000", "会計管理者", 0},     {"1010", "会計課", 3},
    {"1100", "議会事務局", 0},       {"1110", "議事課", 2},         {"1200", "行政委員会事務局", 0},
    {"1210", "選挙管理委員会事務局", 2}, {"1220", "監査委員事務局", 1}, {"1300", "教育委員会事務局", 0},
    {"1310", "教育総務課", 4},       {"1320", "学校教育課", 6},     {"1330", "生涯学習課", 3},
    {"1340", "中央図書館", 3},
};

constexpr const char *kSurnames[] = {
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
    "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水", "山崎", "森", "池田", "橋本",
    "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
    "村上", "遠藤", "青木", "坂本", "斉藤", "福田", "太田", "西村", "藤井", "金子", "岡本", "藤原",
    "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田",
    "上田", "原", "内田", "柴田", "酒井", "宮崎", "横山", "高木", "安藤", "宮本", "大野", "小島",
    "谷口", "今井", "工藤", "高田", "増田", "丸山", "杉山", "村田", "大塚", "新井", "小山", "平野",
    "藤本", "河野", "上野", "野口", "武田", "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野",
    "野村", "松尾", "市川", "菊地", "杉本", "古川", "大西", "島田", "水野", "桜井", "髙橋", "渡邉",
};

constexpr const char *kGivenNames[] = {
    "大輔", "健太", "翔太", "拓也", "直樹", "浩二", "誠", "隆", "和也", "達也", "哲也", "健一",
    "修", "聡", "亮", "剛", "浩", "学", "淳", "悟", "洋平", "雄一", "正人", "秀樹", "健司",
    "大樹", "陽介", "一郎", "博之", "裕太", "美咲", "陽子", "恵子", "由美", "真由美", "彩",
    "さくら", "智子", "裕子", "直美", "明美", "久美子", "香織", "愛", "舞", "麻衣", "千尋",
    "美穂", "恵", "奈々", "優子", "理恵", "沙織", "典子", "幸子", "京子", "由紀", "綾香", "めぐみ",
    "夏美", "真理", "純子", "康弘", "徹", "豊", "勝", "実", "茂", "進", "稔", "翼", "蓮",
};

// ---------------------------------------------------------------------------------------------
// Information systems, in the order a small demo keeps them. users: the 課 that reach the system
// besides its owner ("*" = every 課). servers: what it runs on, "/"-separated; servers with the
// same name are one machine (a virtualisation host); "" = a cloud service without own servers.

struct SystemDef {
    const char *name;
    const char *owner;
    const char *users;
    NetworkSegment segment;
    char c, i, a;
    int flags; // kP | kS | kM
    int subjects;
    const char *category;
    const char *servers;
};

constexpr int kP = 1; // 個人情報
constexpr int kS = 2; // 要配慮個人情報
constexpr int kM = 4; // 特定個人情報

using NS = NetworkSegment;

constexpr SystemDef kSystems[] = {
    {"住民記録システム", "0310", "0320 0410 0420 0430 0510 0520 0530 0540 0550 0560 1210 1320",
     NS::MyNumber, '3', '2', '2', kP | kM, 121000, "住民基本台帳事務", "住民記録APサーバ/住民記録DBサーバ"},
    {"税務システム", "0410", "0420 0430", NS::MyNumber, '3', '2', '2', kP | kM, 98000,
     "市民税・固定資産税の賦課徴収", "税務APサーバ/税務DBサーバ"},
    {"財務会計システム", "0140", "*", NS::Lgwan, '2', '2', '2', 0, -1, "予算・会計事務", "財務会計サーバ"},
    {"グループウェア", "0130", "*", NS::Lgwan, '2', '1', '2', 0, -1, "庁内情報共有", "グループウェアサーバ"},
    {"文書管理システム", "0110", "*", NS::Lgwan, '2', '2', '1', 0, -1, "文書管理", "文書管理サーバ"},
    {"庁内LAN", "0130", "*", NS::Lgwan, '2', '2', '2', 0, -1, "ネットワーク基盤",
     "認証サーバ（Active Directory）/DNS・DHCPサーバ"},
    {"国民健康保険システム", "0320", "", NS::MyNumber, '3', '2', '2', kP | kS | kM, 28000,
     "国民健康保険事務", "国保年金サーバ"},
    {"介護保険システム", "0530", "0560", NS::MyNumber, '3', '2', '2', kP | kS | kM, 34000, "介護保険事務",
     "介護保険サーバ"},
    {"インターネットメールシステム", "0130", "*", NS::Internet, '2', '1', '1', 0, -1, "電子メール",
     "メールサーバ（インターネット接続系）"},
    {"ホームページCMS", "0220", "*", NS::Internet, '1', '2', '2', 0, -1, "広報・情報発信", "CMSサーバ"},
    {"団体内統合宛名システム", "0130", "0310 0320 0410 0530 0550", NS::MyNumber, '3', '2', '2', kP | kM,
     125000, "情報連携", "統合宛名サーバ"},
    {"人事給与システム", "0120", "", NS::Lgwan, '3', '2', '2', kP, 1200, "人事・給与事務", "人事給与サーバ"},
    {"障害者福祉システム", "0520", "", NS::MyNumber, '3', '2', '2', kP | kS | kM, 6500, "障害福祉事務",
     "福祉総合サーバ"},
    {"生活保護システム", "0540", "", NS::MyNumber, '3', '2', '2', kP | kS | kM, 1800, "生活保護事務",
     "福祉総合サーバ"},
    {"子ども・子育て支援システム", "0550", "", NS::MyNumber, '3', '2', '2', kP | kM, 15000,
     "子育て支援事務", "福祉総合サーバ"},
    {"健康管理システム", "0560", "", NS::MyNumber, '3', '2', '2', kP | kS | kM, 90000, "保健事業",
     "健康管理サーバ"},
    {"国民年金システム", "0320", "", NS::MyNumber, '3', '2', '1', kP | kM, 22000, "国民年金事務",
     "国保年金サーバ"},
    {"地理情報システム（GIS）", "0920", "0420 0820 0910 0940", NS::Lgwan, '2', '1', '1', 0, -1,
     "地図情報管理", "GISサーバ"},
    {"道路台帳管理システム", "0910", "", NS::Lgwan, '1', '2', '1', 0, -1, "道路管理", "GISサーバ"},
    {"選挙システム", "1210", "", NS::Lgwan, '2', '2', '2', kP, 98000, "選挙事務", "選挙サーバ"},
    {"防災情報システム", "0160", "", NS::Lgwan, '2', '2', '2', kP | kS, 4500, "防災", "防災情報サーバ"},
    {"下水道受益者負担金システム", "0940", "", NS::Lgwan, '2', '2', '1', kP, 40000, "下水道事業",
     "下水道サーバ"},
    {"ネットワーク監視システム", "0130", "", NS::Management, '2', '2', '2', 0, -1, "情報システム運用",
     "監視サーバ"},
    {"図書館システム", "1340", "", NS::ExternalService, '2', '1', '1', kP, 30000, "図書館運営", ""},
    {"校務支援システム", "1320", "1310", NS::ExternalService, '3', '2', '1', kP | kS, 9000, "学校教育", ""},
    {"電子入札システム", "0150", "", NS::ExternalService, '2', '2', '1', 0, -1, "契約事務", ""},
    {"会議録検索システム", "1110", "", NS::ExternalService, '1', '2', '1', 0, -1, "議会運営", ""},
};

// ---------------------------------------------------------------------------------------------
// Information (electronic and paper) each 課 keeps; dept nullptr = any 課. system: the related
// information system by name (the data lives in it when electronic). yearly: one set per 年度.

enum Retention { R1, R3, R5, R10, R30, Rp };
constexpr const char *kRetentionLabels[] = {"1年", "3年", "5年", "10年", "30年", "永年"};
constexpr int kRetentionYears[] = {1, 3, 5, 10, 30, 0};

struct InfoDef {
    const char *dept;
    const char *name;
    const char *category;
    const char *system;
    bool paper;
    char c, i, a;
    int flags;
    int subjLo, subjHi;
    Retention retention;
    bool yearly;
};

constexpr bool E = false; // electronic
constexpr bool P = true;  // paper

constexpr InfoDef kInfo[] = {
    {"0110", "公文書（起案文書）", "文書管理", "文書管理システム", E, '2', '2', '1', 0, 0, 0, R10, true},
    {"0110", "例規集データ", "法制執務", nullptr, E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"0110", "情報公開請求書綴り", "情報公開", nullptr, P, '2', '1', '1', kP, 50, 300, R5, true},
    {"0110", "文書収受簿", "文書管理", "文書管理システム", E, '2', '1', '1', 0, 0, 0, R5, true},
    {"0120", "人事記録", "人事管理", "人事給与システム", E, '3', '2', '2', kP, 1100, 1300, Rp, false},
    {"0120", "給与支払データ", "給与事務", "人事給与システム", E, '3', '2', '2', kP, 1100, 1300, R5, true},
    {"0120", "源泉徴収票（控）", "給与事務", nullptr, P, '3', '2', '1', kP | kM, 1100, 1300, R10, true},
    {"0120", "職員健康診断結果", "福利厚生", nullptr, P, '3', '1', '1', kP | kS, 1100, 1300, R5, true},
    {"0120", "職員採用試験答案", "職員採用", nullptr, P, '3', '1', '1', kP, 200, 600, R1, true},
    {"0130", "ID・パスワード管理台帳", "情報セキュリティ", nullptr, E, '3', '2', '2', kP, 1200, 1500, R3, true},
    {"0130", "通信ログ・アクセスログ", "情報セキュリティ", "庁内LAN", E, '2', '2', '1', kP, 1200, 1500, R1, true},
    {"0130", "情報セキュリティ監査報告書", "情報セキュリティ", nullptr, P, '3', '1', '1', 0, 0, 0, R5, true},
    {"0130", "職員アカウント情報", "情報システム運用", "グループウェア", E, '2', '2', '2', kP, 1200, 1500, R3, false},
    {"0140", "予算資料", "予算編成", "財務会計システム", E, '2', '2', '1', 0, 0, 0, R10, true},
    {"0140", "決算資料", "決算", "財務会計システム", E, '1', '2', '1', 0, 0, 0, R10, true},
    {"0140", "財政状況資料集（公開統計）", "財政分析", nullptr, E, '1', '1', '1', 0, 0, 0, R10, true},
    {"0140", "予算査定資料", "予算編成", nullptr, P, '2', '1', '1', 0, 0, 0, R5, true},
    {"0150", "入札参加資格審査申請書", "契約事務", "電子入札システム", P, '2', '1', '1', kP, 300, 900, R5, true},
    {"0150", "契約書綴り", "契約事務", nullptr, P, '2', '2', '1', 0, 0, 0, R10, true},
    {"0150", "公有財産台帳", "財産管理", nullptr, E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"0150", "予定価格調書", "契約事務", nullptr, P, '3', '2', '1', 0, 0, 0, R5, true},
    {"0160", "避難行動要支援者名簿", "防災", "防災情報システム", E, '3', '2', '2', kP | kS, 3500, 5000, R1, true},
    {"0160", "地域防災計画", "防災", nullptr, E, '1', '2', '2', 0, 0, 0, Rp, false},
    {"0160", "防災行政無線設備台帳", "防災", nullptr, E, '2', '2', '1', 0, 0, 0, R10, false},
    {"0210", "総合計画", "企画調整", nullptr, E, '1', '1', '1', 0, 0, 0, Rp, false},
    {"0210", "政策会議資料", "企画調整", nullptr, P, '2', '1', '1', 0, 0, 0, R10, true},
    {"0210", "統計調査票", "統計調査", nullptr, P, '3', '1', '1', kP, 500, 3000, R3, true},
    {"0220", "ホームページ掲載データ", "広報", "ホームページCMS", E, '1', '2', '2', 0, 0, 0, R1, true},
    {"0220", "広報紙原稿", "広報", nullptr, E, '1', '1', '1', 0, 0, 0, R5, true},
    {"0220", "市民の声（要望・苦情）記録", "広聴", nullptr, E, '2', '1', '1', kP, 300, 1200, R5, true},
    {"0220", "広報用写真データ", "広報", nullptr, E, '2', '1', '1', kP, 100, 2000, R5, true},
    {"0310", "住民基本台帳データ", "住民基本台帳事務", "住民記録システム", E, '3', '2', '2', kP | kM, 118000, 122000, Rp, false},
    {"0310", "住民票写し交付申請書綴り", "証明書交付", "住民記録システム", P, '2', '1', '1', kP, 20000, 40000, R3, true},
    {"0310", "戸籍届書", "戸籍事務", nullptr, P, '3', '2', '1', kP | kS, 1200, 2000, R30, true},
    {"0310", "転入・転出届", "住民基本台帳事務", "住民記録システム", P, '3', '2', '1', kP | kM, 4000, 7000, R5, true},
    {"0310", "印鑑登録申請書", "印鑑登録", nullptr, P, '2', '2', '1', kP, 2000, 4000, R10, true},
    {"0310", "マイナンバーカード交付申請書", "個人番号カード事務", nullptr, P, '3', '2', '1', kP | kM, 8000, 15000, R10, true},
    {"0320", "国民健康保険被保険者データ", "国民健康保険事務", "国民健康保険システム", E, '3', '2', '2', kP | kS | kM, 26000, 30000, R5, false},
    {"0320", "高額療養費支給申請書", "国民健康保険事務", "国民健康保険システム", P, '3', '1', '1', kP | kS | kM, 1500, 4000, R5, true},
    {"0320", "国民年金被保険者台帳", "国民年金事務", "国民年金システム", E, '3', '2', '1', kP | kM, 20000, 24000, Rp, false},
    {"0320", "後期高齢者医療被保険者データ", "後期高齢者医療", "国民健康保険システム", E, '3', '2', '2', kP | kS | kM, 14000, 17000, R5, false},
    {"0330", "自治会長名簿", "地域コミュニティ", nullptr, E, '2', '1', '1', kP, 150, 250, R1, true},
    {"0330", "市民活動団体登録簿", "市民協働", nullptr, E, '1', '1', '1', 0, 0, 0, R3, true},
    {"0330", "市民相談記録", "市民相談", nullptr, P, '2', '1', '1', kP | kS, 300, 800, R5, true},
    {"0410", "課税データ（個人住民税）", "個人住民税", "税務システム", E, '3', '2', '2', kP | kM, 65000, 75000, R5, true},
    {"0410", "給与支払報告書", "個人住民税", "税務システム", P, '3', '2', '1', kP | kM, 55000, 65000, R5, true},
    {"0410", "市民税・県民税申告書", "個人住民税", "税務システム", P, '3', '2', '1', kP | kM, 6000, 10000, R5, true},
    {"0410", "課税台帳", "個人住民税", "税務システム", P, '3', '2', '1', kP, 65000, 75000, R5, true},
    {"0420", "固定資産課税台帳", "固定資産税", "税務システム", E, '3', '2', '2', kP, 40000, 50000, Rp, false},
    {"0420", "家屋評価調書", "固定資産税", nullptr, P, '2', '2', '1', kP, 500, 1500, R10, true},
    {"0420", "土地地番図データ", "固定資産税", "地理情報システム（GIS）", E, '2', '2', '1', 0, 0, 0, Rp, false},
    {"0430", "滞納整理票", "徴収事務", "税務システム", E, '3', '2', '1', kP | kM, 2500, 4000, R5, true},
    {"0430", "口座振替依頼書", "徴収事務", "税務システム", P, '3', '1', '1', kP, 2000, 5000, R5, true},
    {"0430", "財産調査回答書", "滞納処分", nullptr, P, '3', '1', '1', kP, 500, 2000, R5, true},
    {"0510", "民生委員・児童委員名簿", "地域福祉", nullptr, E, '2', '1', '1', kP, 200, 260, R3, true},
    {"0510", "災害弔慰金等支給記録", "福祉総務", nullptr, P, '3', '2', '1', kP | kS, 5, 50, R10, true},
    {"0510", "福祉統計資料", "福祉総務", nullptr, E, '1', '1', '1', 0, 0, 0, R5, true},
    {"0520", "障害福祉サービス受給者データ", "障害福祉事務", "障害者福祉システム", E, '3', '2', '2', kP | kS | kM, 6000, 7000, R5, false},
    {"0520", "身体障害者手帳交付申請書", "障害福祉事務", "障害者福祉システム", P, '3', '1', '1', kP | kS | kM, 300, 800, R5, true},
    {"0520", "自立支援医療記録", "障害福祉事務", "障害者福祉システム", E, '3', '2', '1', kP | kS | kM, 1500, 2500, R5, true},
    {"0530", "介護保険被保険者データ", "介護保険事務", "介護保険システム", E, '3', '2', '2', kP | kS | kM, 32000, 36000, R5, false},
    {"0530", "要介護認定調査票", "要介護認定", "介護保険システム", P, '3', '1', '1', kP | kS, 5000, 9000, R5, true},
    {"0530", "主治医意見書", "要介護認定", nullptr, P, '3', '1', '1', kP | kS, 5000, 9000, R5, true},
    {"0540", "生活保護ケース記録", "生活保護", "生活保護システム", P, '3', '2', '1', kP | kS, 1500, 2000, R5, true},
    {"0540", "保護費支給データ", "生活保護", "生活保護システム", E, '3', '2', '2', kP | kS | kM, 1500, 2000, R5, true},
    {"0540", "扶養照会回答書", "生活保護", nullptr, P, '3', '1', '1', kP | kS, 200, 600, R5, true},
    {"0550", "児童手当受給者データ", "児童手当", "子ども・子育て支援システム", E, '3', '2', '2', kP | kM, 11000, 13000, R5, false},
    {"0550", "保育所入所申込書", "保育", "子ども・子育て支援システム", P, '3', '1', '1', kP | kS | kM, 1500, 3000, R5, true},
    {"0550", "児童虐待相談記録", "児童相談", nullptr, P, '3', '2', '1', kP | kS, 100, 400, R30, true},
    {"0560", "予防接種記録", "予防接種", "健康管理システム", E, '3', '2', '2', kP | kS | kM, 50000, 70000, R5, false},
    {"0560", "健康診査結果データ", "保健事業", "健康管理システム", E, '3', '2', '1', kP | kS, 15000, 25000, R5, true},
    {"0560", "母子健康手帳交付台帳", "母子保健", nullptr, P, '3', '1', '1', kP | kS, 700, 1000, R10, true},
    {"0710", "環境測定データ", "環境保全", nullptr, E, '1', '2', '1', 0, 0, 0, R10, true},
    {"0710", "公害苦情処理簿", "環境保全", nullptr, P, '2', '1', '1', kP, 30, 150, R5, true},
    {"0710", "浄化槽設置届", "生活排水対策", nullptr, P, '2', '1', '1', kP, 100, 300, R10, true},
    {"0720", "粗大ごみ収集受付データ", "ごみ収集", nullptr, E, '2', '1', '1', kP, 8000, 15000, R1, true},
    {"0720", "一般廃棄物処理業許可申請書", "廃棄物対策", nullptr, P, '2', '1', '1', kP, 10, 40, R10, true},
    {"0720", "ごみ収集カレンダー原稿", "ごみ収集", nullptr, E, '1', '1', '1', 0, 0, 0, R1, true},
    {"0810", "中小企業融資申請書", "商工振興", nullptr, P, '2', '1', '1', kP, 50, 200, R10, true},
    {"0810", "観光入込客統計", "観光振興", nullptr, E, '1', '1', '1', 0, 0, 0, R10, true},
    {"0810", "商工団体補助金交付申請書", "商工振興", nullptr, P, '2', '1', '1', 0, 0, 0, R5, true},
    {"0820", "農地台帳データ", "農地管理", "地理情報システム（GIS）", E, '2', '2', '1', kP, 4000, 6000, Rp, false},
    {"0820", "有害鳥獣捕獲許可申請書", "鳥獣対策", nullptr, P, '2', '1', '1', kP, 20, 80, R5, true},
    {"0820", "農業振興地域整備計画", "農業振興", nullptr, E, '1', '1', '1', 0, 0, 0, Rp, false},
    {"0910", "道路台帳データ", "道路管理", "道路台帳管理システム", E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"0910", "道路占用許可申請書", "道路管理", nullptr, P, '2', '1', '1', kP, 300, 800, R5, true},
    {"0910", "道路工事設計書", "道路整備", nullptr, E, '2', '2', '1', 0, 0, 0, R10, true},
    {"0920", "都市計画図データ", "都市計画", "地理情報システム（GIS）", E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"0920", "開発許可申請書", "開発指導", nullptr, P, '2', '2', '1', kP, 20, 80, Rp, true},
    {"0920", "公園台帳", "公園管理", nullptr, E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"0930", "建築確認申請書", "建築確認", nullptr, P, '2', '2', '1', kP, 300, 700, R30, true},
    {"0930", "建築計画概要書", "建築確認", nullptr, P, '1', '2', '1', 0, 0, 0, Rp, true},
    {"0930", "違反建築物調査記録", "建築指導", nullptr, P, '2', '1', '1', kP, 10, 50, R10, true},
    {"0940", "下水道台帳データ", "下水道管理", "地理情報システム（GIS）", E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"0940", "受益者負担金賦課データ", "下水道事業", "下水道受益者負担金システム", E, '2', '2', '1', kP, 35000, 42000, R10, true},
    {"0940", "排水設備工事申請書", "下水道事業", nullptr, P, '2', '1', '1', kP, 200, 500, R5, true},
    {"1010", "支出命令書", "会計事務", "財務会計システム", P, '2', '2', '1', 0, 0, 0, R5, true},
    {"1010", "歳計現金出納データ", "会計事務", "財務会計システム", E, '2', '2', '2', 0, 0, 0, R10, true},
    {"1010", "債権者登録データ", "会計事務", "財務会計システム", E, '2', '2', '1', kP, 5000, 7000, R5, false},
    {"1110", "本会議会議録", "議会運営", "会議録検索システム", E, '1', '2', '1', 0, 0, 0, Rp, true},
    {"1110", "請願書・陳情書綴り", "議会運営", nullptr, P, '2', '1', '1', kP, 20, 100, R10, true},
    {"1110", "議会録音データ", "議会運営", nullptr, E, '1', '1', '1', 0, 0, 0, R3, true},
    {"1210", "選挙人名簿データ", "選挙事務", "選挙システム", E, '2', '2', '2', kP, 96000, 100000, R5, true},
    {"1210", "投票録", "選挙事務", nullptr, P, '2', '2', '1', 0, 0, 0, R5, true},
    {"1210", "期日前投票宣誓書", "選挙事務", nullptr, P, '2', '1', '1', kP, 10000, 20000, R3, true},
    {"1220", "監査調書", "監査", nullptr, P, '2', '2', '1', 0, 0, 0, R10, true},
    {"1220", "住民監査請求書", "監査", nullptr, P, '2', '1', '1', kP, 1, 10, R10, true},
    {"1310", "教育委員会会議録", "教育行政", nullptr, E, '1', '2', '1', 0, 0, 0, Rp, true},
    {"1310", "学校施設台帳", "施設管理", nullptr, E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"1310", "就学援助申請書", "就学援助", nullptr, P, '3', '1', '1', kP | kS, 1000, 2000, R5, true},
    {"1320", "児童生徒指導要録", "学校教育", "校務支援システム", E, '3', '2', '1', kP | kS, 8500, 9500, R5, true},
    {"1320", "学齢簿", "学事", "住民記録システム", E, '3', '2', '1', kP, 8500, 9500, R5, true},
    {"1320", "いじめ・不登校相談記録", "生徒指導", nullptr, P, '3', '1', '1', kP | kS, 50, 200, R10, true},
    {"1330", "公民館利用申込書", "社会教育", nullptr, P, '2', '1', '1', kP, 1000, 3000, R1, true},
    {"1330", "文化財台帳", "文化財保護", nullptr, E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"1330", "講座受講者名簿", "社会教育", nullptr, E, '2', '1', '1', kP, 300, 1500, R1, true},
    {"1340", "図書館利用者データ", "図書館運営", "図書館システム", E, '2', '2', '1', kP, 28000, 32000, R5, false},
    {"1340", "蔵書データ", "図書館運営", "図書館システム", E, '1', '2', '1', 0, 0, 0, Rp, false},
    {"1340", "利用者登録申込書", "図書館運営", nullptr, P, '2', '1', '1', kP, 1500, 3000, R3, true},
    // Every 課 keeps these.
    {nullptr, "課内会議録", "庶務", nullptr, E, '2', '1', '1', 0, 0, 0, R5, true},
    {nullptr, "予算要求資料", "予算", nullptr, E, '2', '1', '1', 0, 0, 0, R5, true},
    {nullptr, "庶務関係文書", "庶務", nullptr, P, '2', '1', '1', 0, 0, 0, R3, true},
    {nullptr, "事務引継書", "庶務", nullptr, P, '2', '1', '1', 0, 0, 0, R5, true},
    {nullptr, "業務マニュアル", "庶務", nullptr, E, '2', '2', '1', 0, 0, 0, R5, false},
    {nullptr, "照会回答文書", "庶務", "文書管理システム", E, '2', '1', '1', 0, 0, 0, R3, true},
    {nullptr, "公開統計資料", "統計", nullptr, E, '1', '1', '1', 0, 0, 0, R10, true},
    {nullptr, "議会答弁資料", "議会対応", nullptr, E, '2', '1', '1', 0, 0, 0, R5, true},
    {nullptr, "出勤簿・休暇簿", "庶務", nullptr, P, '2', '1', '1', kP, 5, 30, R5, true},
    {nullptr, "研修資料", "人材育成", nullptr, E, '1', '1', '1', 0, 0, 0, R3, true},
    {nullptr, "委託契約関係書類", "契約事務", nullptr, P, '2', '1', '1', 0, 0, 0, R10, true},
};

constexpr const char *kExtractSuffixes[] = {"（抽出データ）", "（作業用コピー）", "（集計用）", "（照会回答用）"};
constexpr const char *kPaperPlaces[] = {"キャビネット（施錠）", "書庫（施錠）", "執務室書棚", "地下書庫"};
constexpr const char *kDocKinds[] = {"設計書", "運用手順書", "ネットワーク構成図", "保守契約書", "障害対応記録"};
constexpr const char *kSoftware[] = {"ウイルス対策ソフトウェア", "オフィスソフトウェア", "PDF編集ソフトウェア",
                                     "画像編集ソフトウェア", "CADソフトウェア", "統計解析ソフトウェア",
                                     "ファイル暗号化ソフトウェア"};
constexpr const char *kNetworkDevices[] = {"L2スイッチ", "無線LANアクセスポイント", "L3スイッチ",
                                           "ファイアウォール", "LGWAN接続ルータ"};

struct MediaDef {
    const char *name;
    int encryptedPercent;
};
constexpr MediaDef kMedia[] = {
    {"USBメモリ（暗号化機能付き）", 100}, {"USBメモリ", 20},           {"外付けハードディスク", 50},
    {"DVD-R", 10},                        {"SDカード（デジタルカメラ用）", 0},
};

// ---------------------------------------------------------------------------------------------
// Premises: sites, buildings, floors, and an office (執務室, L2) per 課 with its locked containers
// (L3) and, for a 窓口, the public side of its counter (L0). Floors from the basement (-1) up.

struct BuildingDef {
    const char *site; ///< a new site when it differs from the previous building's
    const char *name;
    int lowest, highest;
};

constexpr BuildingDef kBuildings[] = {
    {"本庁舎敷地", "本庁舎", -1, 5},
    {"本庁舎敷地", "第二庁舎", 1, 3},
    {"中央図書館敷地", "中央図書館", 1, 1},
};

constexpr int kCounter = 1; ///< a 窓口: residents come to its counter
constexpr int kOpen = 2;    ///< open-plan with its counter, not locked after hours (L1 at night)

struct OfficeDef {
    const char *code;
    int building; ///< index into kBuildings
    int floor;
    int flags;         ///< kCounter | kOpen
    const char *hours; ///< 業務時間 when it differs from the register's; nullptr = the default
};

constexpr OfficeDef kOffices[] = {
    {"0310", 0, 1, kCounter | kOpen, "08:30-19:00"}, {"0320", 0, 1, kCounter | kOpen, nullptr},
    {"0330", 0, 1, 0, nullptr},                      {"1010", 0, 1, kCounter, nullptr},
    {"0410", 0, 2, kCounter | kOpen, nullptr},       {"0420", 0, 2, kCounter | kOpen, nullptr},
    {"0430", 0, 2, kCounter | kOpen, nullptr},       {"0510", 0, 3, 0, nullptr},
    {"0520", 0, 3, kCounter, nullptr},               {"0530", 0, 3, kCounter, nullptr},
    {"0540", 0, 3, kCounter, nullptr},               {"0550", 0, 3, kCounter, nullptr},
    {"0560", 0, 3, kCounter, nullptr},               {"0110", 0, 4, 0, nullptr},
    {"0120", 0, 4, 0, nullptr},                      {"0130", 0, 4, 0, nullptr},
    {"0140", 0, 4, 0, nullptr},                      {"0150", 0, 4, 0, nullptr},
    {"0160", 0, 4, 0, nullptr},                      {"0210", 0, 4, 0, nullptr},
    {"0220", 0, 4, 0, nullptr},                      {"1110", 0, 5, 0, nullptr},
    {"1210", 0, 5, 0, nullptr},                      {"1220", 0, 5, 0, nullptr},
    {"0910", 1, 1, 0, nullptr},                      {"0920", 1, 1, 0, nullptr},
    {"0930", 1, 1, kCounter, nullptr},               {"0940", 1, 1, kCounter, nullptr},
    {"0710", 1, 2, 0, nullptr},                      {"0720", 1, 2, kCounter, nullptr},
    {"0810", 1, 2, 0, nullptr},                      {"0820", 1, 2, 0, nullptr},
    {"1310", 1, 3, 0, nullptr},                      {"1320", 1, 3, 0, nullptr},
    {"1330", 1, 3, 0, nullptr},                      {"1340", 2, 1, kCounter, "09:00-19:00"},
};

/// Where the 電算室 (管理区域) and the 地下書庫 are: building 0, these floors.
constexpr int kServerRoomFloor = 4;
constexpr int kBasementFloor = -1;

/// The 電算室's racks, by network segment (三層の対策: one rack per segment).
enum Rack { RackMyNumber, RackLgwan, RackInternet, RackNetwork, RackCount };
constexpr const char *kRackNames[] = {"サーバラック1（マイナンバー利用事務系）", "サーバラック2（LGWAN接続系）",
                                      "サーバラック3（インターネット接続系）", "ネットワーク機器ラック（管理系）"};

/// kPaperPlaces by position: the office's cabinet, its floor's 書庫, the office shelf, the 地下書庫.
enum PaperPlace { PaperCabinet, PaperArchive, PaperShelf, PaperBasement };

const QDate kFirstDay(2020, 4, 1);
const QDate kLastDay(2026, 3, 31);

int fiscalYear(const QDate &d) { return d.month() >= 4 ? d.year() : d.year() - 1; }

/// Whether information is of the top importance (A) by the 総務省 preset's rule: personal
/// data of any kind, or 機密性3.
bool importanceA(const Asset &a)
{
    return a.personalInfo || a.sensitivePersonalInfo || a.myNumber || a.confidentiality == QLatin1String("3");
}

/// 本人数 as a ledger gives it: an approximate count, two significant digits.
int approximate(int n)
{
    int unit = 1;
    while (n / unit >= 100)
        unit *= 10;
    return std::max(1, (n + unit / 2) / unit * unit);
}

// ---------------------------------------------------------------------------------------------
// 区画図 (domain.md §4): every floor is a corridor running west to east with rooms on both sides,
// their doors on the corridor. Whole millimetres, x to the right and y down; walls on the 500 mm
// grid, furniture where it stands.

constexpr int kCorridorNorth = 12000; ///< y of the corridor's north wall (rooms are at most 12 m deep)
constexpr int kCorridorSouth = 15000; ///< y of its south wall: a 3 m corridor
constexpr int kDoorWidth = 900;
constexpr int kMaxDesksPerOffice = 24;
constexpr int kMaxPlacedPcs = 300; ///< PCs set on a desk by hand; the others are laid out by the plan

/// What a room on a floor is, for its size and furniture.
enum class RoomRole { Other, Office, ServerRoom, Archive, BasementArchive, Consultation };

/// An axis-parallel rectangle on the plan.
struct Box {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    QList<QPoint> outline() const { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }
    int width() const { return x1 - x0; }
    int height() const { return y1 - y0; }
};

/// A room's own frame: u along the corridor from the room's west wall, v from the corridor wall
/// into the room (rooms north of the corridor are mirrored). An L-shaped room lacks the corner
/// (w - notchW … w) × (d - notchD … d), away from the corridor.
struct RoomFrame {
    int x0 = 0;
    int front = 0; ///< y of the wall on the corridor
    bool north = true;
    int w = 0, d = 0;
    int notchW = 0, notchD = 0;

    QPoint at(int u, int v) const { return {x0 + u, north ? front - v : front + v}; }
    Box box(int u0, int v0, int u1, int v1) const
    {
        const QPoint a = at(u0, v0), b = at(u1, v1);
        return {std::min(a.x(), b.x()), std::min(a.y(), b.y()), std::max(a.x(), b.x()), std::max(a.y(), b.y())};
    }
    QList<QPoint> outline() const
    {
        if (!notchW || !notchD)
            return box(0, 0, w, d).outline();
        return {at(0, 0), at(w, 0), at(w, d - notchD), at(w - notchW, d - notchD), at(w - notchW, d), at(0, d)};
    }
};

/// Point `i` of `n` spread on a grid over `b` (shrunk by `inset`), strictly inside it.
QPoint gridPoint(const Box &b, int n, int i, int inset)
{
    const int x0 = b.x0 + inset, y0 = b.y0 + inset;
    const qint64 w = std::max(1, b.width() - 2 * inset), h = std::max(1, b.height() - 2 * inset);
    n = std::max(n, 1);
    int cols = 1; // about as many per row as the box is wider than tall
    while (cols < n && qint64(cols) * cols * h < qint64(n) * w)
        ++cols;
    const int rows = (n + cols - 1) / cols;
    const int c = i % cols, r = (i / cols) % rows;
    return {x0 + static_cast<int>(w * (2 * c + 1) / (2 * cols)), y0 + static_cast<int>(h * (2 * r + 1) / (2 * rows))};
}

int roundTo(int v, int grid) { return (v + grid / 2) / grid * grid; }

// ---------------------------------------------------------------------------------------------

struct Section {
    int dept = -1; ///< index into data.departments
    QString code;
    QString name;
    QString staff;        ///< 利用者範囲: ○○課職員
    QString officersOnly; ///< 利用者範囲: ○○課（担当者のみ）
    int weight = 0;
    QList<Id> people;  ///< people ids: the 課長 first, then the 担当者
    Id systemAdmin = 0;
    QList<int> systems;  ///< indices into Builder::mSystems the 課 may use
    QList<int> infos;    ///< indices into kInfo specific to this 課
    QList<int> lgwanPcs; ///< asset indices of active LGWAN PCs (where files end up)
    QList<int> media;    ///< asset indices of active removable media
    int nas = -1;        ///< asset index of a NAS the 課 set up in its office, -1 = none
    // Places (ids), looked up once per asset.
    Id office = 0;      ///< 執務室
    Id cabinet = 0;     ///< 施錠キャビネット: paper files and media
    Id locker = 0;      ///< where laptops and mobiles are locked away (a locker, a drawer or the cabinet)
    Id counter = 0;     ///< 来庁者側カウンター, 0 = no 窓口
    Id archive = 0;     ///< the 書庫 of its floor
    bool open = false;  ///< the office is not locked after hours
    QString lockerMedium; ///< 媒体・保存先 of what is kept in the locker
};

struct SystemState {
    int def = 0;   ///< index into kSystems
    int asset = 0; ///< asset index
    int owner = 0; ///< section index
};

class Builder {
public:
    Builder(int count, quint64 seed)
        : mCount(count), mRng(seed), mPlanRng(seed ^ 0x6b756761697a7521ULL),
          mScheme(ClassificationScheme::preset(QStringLiteral("soumu"))) // can throw
    {
    }

    RegisterData build()
    {
        mData.title = text("みどり市 情報資産管理台帳（デモ）");
        makeDepartments();
        makePeople();
        makePlaces();
        makePlans();
        mData.assets.reserve(mCount);

        const int systems = std::min<int>(std::size(kSystems), mCount / 10);
        for (int i = 0; i < systems; ++i)
            makeSystem(i);
        makeServers(mCount / 10);

        // The rest in fixed shares (per mille); electronic information takes what is left.
        const int rest = mCount - static_cast<int>(mData.assets.size());
        const auto share = [rest](int perMille) { return static_cast<int>(qint64(rest) * perMille / 1000); };
        const int pcs = share(180), mobiles = share(20), media = share(50), mfps = share(10),
                  network = share(10), software = share(20), docs = mSystems.isEmpty() ? 0 : share(30),
                  paper = share(250);
        const int electronic = rest - pcs - mobiles - media - mfps - network - software - docs - paper;

        for (int i = 0; i < network; ++i)
            makeNetworkDevice();
        for (int i = 0; i < mfps; ++i)
            makeMultifunction();
        for (int i = 0; i < software; ++i)
            makeSoftware();
        for (int i = 0; i < pcs; ++i)
            makePc();
        for (int i = 0; i < mobiles; ++i)
            makeMobile();
        for (int i = 0; i < media; ++i)
            makeMedium();
        for (int i = 0; i < docs; ++i)
            makeSystemDocument();
        // Paper and electronic information interleaved, as a ledger grows.
        for (int e = electronic, p = paper; e + p > 0;) {
            const bool isPaper = p > 0 && (e == 0 || mRng.below(e + p) < p);
            makeInformation(isPaper);
            --(isPaper ? p : e);
        }
        finishPlacements();
        placeMarkers();
        completeMeasures();
        return std::move(mData);
    }

    /// The measures a device's class requires come also from what it holds (a PC storing
    /// personal data must be stored locked, even if the PC itself is 機密性1). A section that
    /// keeps its ledger lists them too: add those its effective class requires, about 97 % done.
    void completeMeasures()
    {
        ClassificationEngine engine(mScheme);
        engine.compute(mData.assets, mData.links);
        const QList<EffectiveClassification> &results = engine.results();
        for (qsizetype i = 0; i < mData.assets.size() && i < results.size(); ++i) {
            Asset &a = mData.assets[i];
            for (const QString &tag : results[i].requiredMeasures) {
                if (!a.measureDone(tag) && std::none_of(a.measures.cbegin(), a.measures.cend(),
                                                        [&](const MeasureState &m) { return m.tag == tag; }))
                    a.measures.append({tag, mRng.percent(97)});
            }
        }
    }

private:
    // ---- organisation

    void makeDepartments()
    {
        QHash<QString, Id> idByCode;
        for (const DeptDef &def : kDepartments) {
            Department d;
            d.id = mData.departments.size() + 1;
            d.code = text(def.code);
            d.name = text(def.name);
            if (!d.code.endsWith(QLatin1String("00")))
                d.parentId = idByCode.value(d.code.left(2) + QLatin1String("00"));
            d.validFrom = kFirstDay;
            if (def.weight < 0)
                d.validTo = QDate(2022, 3, 31); // merged into 企画課 in the 2022 reorganisation
            idByCode.insert(d.code, d.id);
            if (def.weight > 0) {
                Section s;
                s.dept = static_cast<int>(mData.departments.size());
                s.code = d.code;
                s.name = d.name;
                s.staff = d.name + text("職員");
                s.officersOnly = d.name + text("（担当者のみ）");
                s.weight = def.weight;
                mSections.append(s);
            }
            mData.departments.append(d);
        }
        for (int i = 0; i < static_cast<int>(std::size(kInfo)); ++i) {
            if (kInfo[i].dept) {
                const int s = sectionByCode(text(kInfo[i].dept));
                Q_ASSERT(s >= 0);
                mSections[s].infos.append(i);
            }
        }
        mNextNumber.assign(static_cast<std::size_t>(mSections.size()), 0);
        int total = 0;
        for (const Section &s : std::as_const(mSections)) {
            total += s.weight;
            mWeightEnds.append(total);
        }
    }

    void makePeople()
    {
        const QString chief = text("情報セキュリティ責任者");
        const QString officer = text("情報セキュリティ担当者");
        const QString admin = text("情報システム管理者");
        for (Section &s : mSections) {
            bool ownsSystem = false;
            for (const SystemDef &def : kSystems)
                ownsSystem = ownsSystem || s.code == QLatin1String(def.owner);
            const int count = std::max(ownsSystem ? 3 : 2, mRng.between(2, 4));
            for (int i = 0; i < count; ++i) {
                Person p;
                p.id = mData.people.size() + 1;
                p.name = text(mRng.pick(kSurnames)) + QChar(0x3000) + text(mRng.pick(kGivenNames));
                p.departmentId = mData.departments.at(s.dept).id;
                if (i == 0)
                    p.roles = {chief};
                else if (i == 1)
                    p.roles = {officer};
                else if (i == 2 && ownsSystem)
                    p.roles = {admin};
                if (i == 2 && ownsSystem)
                    s.systemAdmin = p.id;
                s.people.append(p.id);
                mData.people.append(p);
            }
        }
    }

    // ---- premises

    Place &addPlace(Id parent, PlaceKind kind, const QString &name, Id manager)
    {
        Place &p = mData.places.emplaceBack();
        p.id = mData.places.size();
        p.parentId = parent;
        p.kind = kind;
        p.name = name;
        p.managerId = manager;
        return p;
    }

    /// An area: locked after hours, entry by key unless said otherwise.
    Place &addArea(Id parent, PlaceKind kind, const QString &name, int level, Id manager,
                   EntryControls entry = EntryControl::Key)
    {
        Place &p = addPlace(parent, kind, name, manager);
        p.level = level;
        p.entryControl = entry;
        return p;
    }

    Id chiefOf(const char *code) const
    {
        const int s = sectionByCode(QLatin1String(code));
        return s >= 0 ? mSections[s].people.constFirst() : 0;
    }

    /// Whether the 課 handles 特定個人情報: it owns or uses a system of the マイナンバー利用事務系.
    static bool handlesMyNumber(const QString &code)
    {
        for (const SystemDef &d : kSystems) {
            if (d.segment == NS::MyNumber
                && (code == QLatin1String(d.owner) || QString::fromLatin1(d.users).contains(code)))
                return true;
        }
        return false;
    }

    void makePlaces()
    {
        const Id facilities = chiefOf("0150"); // 契約管財課: 庁舎管理
        const Id documents = chiefOf("0110");  // 総務課: 文書管理
        const Id it = chiefOf("0130");         // 情報政策課: 電算室
        const EntryControls none;
        std::vector<bool> housed(static_cast<std::size_t>(mSections.size()), false);
        Id site = 0;
        for (int b = 0; b < static_cast<int>(std::size(kBuildings)); ++b) {
            const BuildingDef &bd = kBuildings[b];
            if (b == 0 || std::string_view(bd.site) != kBuildings[b - 1].site)
                site = addPlace(0, PlaceKind::Site, text(bd.site), facilities).id;
            const Id building = addPlace(site, PlaceKind::Building, text(bd.name), facilities).id;
            for (int f = bd.lowest; f <= bd.highest; ++f) {
                if (f == 0)
                    continue;
                const QString floorName = f < 0 ? text("地下") + QString::number(-f) + text("階")
                                                : QString::number(f) + text("階");
                const Id floor = addPlace(building, PlaceKind::Floor, floorName, facilities).id;
                mFloors.push_back({floor, b});
                if (!mFallbackFloor && f > 0)
                    mFallbackFloor = floor;
                Id floorChief = 0, counterChief = 0;
                QList<int> onFloor;
                for (const OfficeDef &od : kOffices) {
                    const int s = od.building == b && od.floor == f ? sectionByCode(QLatin1String(od.code)) : -1;
                    if (s < 0)
                        continue;
                    housed[static_cast<std::size_t>(s)] = true;
                    makeOffice(floor, s, od);
                    onFloor.append(s);
                    floorChief = floorChief ? floorChief : mSections[s].people.constFirst();
                    if ((od.flags & kCounter) && !counterChief)
                        counterChief = mSections[s].people.constFirst();
                }
                if (b == 0 && f == kServerRoomFloor)
                    makeServerRoom(floor, it);
                if (b == 0 && f == kBasementFloor) {
                    Place &p = addArea(floor, PlaceKind::Room, text("地下書庫"), 3, documents,
                                       EntryControl::Key | EntryControl::EntryLog);
                    p.notes = text("保存年限の長い文書を集中保管。鍵は総務課が貸出簿で管理");
                    mBasementArchive = p.id;
                    mRoomRoles.insert(p.id, RoomRole::BasementArchive);
                }
                if (onFloor.isEmpty())
                    continue;
                Place &archive = addArea(floor, PlaceKind::Room, text("書庫"), 3, floorChief,
                                         EntryControl::Key | EntryControl::EntryLog);
                for (int s : std::as_const(onFloor))
                    mSections[s].archive = archive.id;
                mRoomRoles.insert(archive.id, RoomRole::Archive);
                if (counterChief) {
                    Place &p = addArea(floor, PlaceKind::Room, text("相談室"), 1, counterChief, none);
                    p.notes = text("窓口での相談・面談用（来庁者が入室する）");
                    mRoomRoles.insert(p.id, RoomRole::Consultation);
                }
            }
        }
        // A 課 missing from the table (none today) still gets an office: on the first floor.
        for (int s = 0; s < mSections.size(); ++s) {
            if (!housed[static_cast<std::size_t>(s)]) {
                const OfficeDef fallback{"", 0, 1, 0, nullptr};
                makeOffice(mFallbackFloor, s, fallback);
                mSections[s].archive = mBasementArchive;
            }
        }
    }

    void makeOffice(Id floor, int s, const OfficeDef &od)
    {
        Section &sec = mSections[s];
        const Id chief = sec.people.constFirst();
        sec.open = od.flags & kOpen;
        Place &office = addArea(floor, PlaceKind::Room,
                                sec.name + (od.building == 2 ? text(" 事務室") : text(" 執務室")), 2, chief,
                                sec.open ? EntryControls() : EntryControls(EntryControl::Key));
        office.lockedAfterHours = !sec.open;
        office.handlingArea = handlesMyNumber(sec.code);
        if (od.hours)
            office.businessHours = text(od.hours);
        if (sec.open)
            office.notes = text("窓口カウンターと一体のフロアのため時間外は施錠できない");
        else if (office.handlingArea)
            office.notes = text("特定個人情報の取扱区域（パーティションで区分、のぞき見防止の座席配置）");
        sec.office = office.id;
        mRoomRoles.insert(office.id, RoomRole::Office);
        mOfficeSection.insert(office.id, s);
        if (od.flags & kCounter) {
            Place &p = addArea(sec.office, PlaceKind::CounterPublic, text("来庁者側カウンター"), 0, chief, {});
            p.lockedAfterHours = false;
            p.notes = text("記載台・待合スペースを含む");
            sec.counter = p.id;
        }
        sec.cabinet = addArea(sec.office, PlaceKind::Container, text("施錠キャビネット"), 3, chief).id;
        sec.locker = sec.cabinet;
        const char *lockerName = "施錠キャビネット";
        if (sec.weight >= 6 || mRng.percent(60)) {
            lockerName = mRng.percent(50) ? "施錠ロッカー" : "袖机の施錠引出し";
            sec.locker = addArea(sec.office, PlaceKind::Container, text(lockerName), 3, chief).id;
        }
        sec.lockerMedium = text("執務室（不使用時は") + text(lockerName) + text("に保管）");
    }

    void makeServerRoom(Id floor, Id manager)
    {
        Place &room = addArea(floor, PlaceKind::Room, text("電算室"), 4, manager,
                              EntryControl::IcCard | EntryControl::EntryLog);
        room.controlledArea = true;
        room.notes = text("管理区域。無停電電源装置・ガス系消火設備あり、入室は許可者のみ");
        mServerRoom = room.id;
        mRoomRoles.insert(room.id, RoomRole::ServerRoom);
        for (int r = 0; r < RackCount; ++r) {
            mRacks[r] = addArea(mServerRoom, PlaceKind::ServerRack, text(kRackNames[r]), 4, manager).id;
            mRackMedia[r] = text("電算室 ") + text(kRackNames[r]);
        }
        mRackMedia[RackCount] = text("電算室");
    }

    static Rack rackFor(NetworkSegment segment)
    {
        switch (segment) {
        case NS::MyNumber:
            return RackMyNumber;
        case NS::Internet:
            return RackInternet;
        case NS::Management:
            return RackNetwork;
        default:
            return RackLgwan;
        }
    }

    void placeInRack(Asset &a, Rack rack)
    {
        a.usePlaceId = mRacks[rack];
        a.medium = mRackMedia[rack];
    }

    int sectionByCode(const QString &code) const
    {
        for (int i = 0; i < mSections.size(); ++i) {
            if (mSections[i].code == code)
                return i;
        }
        return -1;
    }

    int randomSection()
    {
        const int r = mRng.below(mWeightEnds.constLast());
        return static_cast<int>(std::upper_bound(mWeightEnds.cbegin(), mWeightEnds.cend(), r)
                                - mWeightEnds.cbegin());
    }

    // ---- assets

    /// A new asset of section `s` with number, dates and people filled in.
    Asset &newAsset(int s, AssetKind kind, const QString &name)
    {
        Section &sec = mSections[s];
        const int seq = ++mNextNumber[static_cast<std::size_t>(s)];
        Asset &a = mData.assets.emplaceBack();
        a.id = mData.assets.size();
        a.number = sec.code + QLatin1Char('-') + QString::number(seq).rightJustified(4, QLatin1Char('0'));
        a.departmentId = mData.departments.at(sec.dept).id;
        a.name = name;
        a.kind = kind;
        a.managerId = sec.people.at(mRng.percent(30) ? 0 : 1);
        a.registeredOn = kFirstDay.addDays(mRng.below(static_cast<int>(kFirstDay.daysTo(kLastDay)) + 1));
        a.updatedOn = mRng.percent(50) ? a.registeredOn
                                       : a.registeredOn.addDays(mRng.below(
                                             static_cast<int>(a.registeredOn.daysTo(kLastDay)) + 1));
        a.updatedBy = personName(sec.people.at(mRng.below(static_cast<int>(sec.people.size()))));
        a.userScope = sec.staff;
        return a;
    }

    /// A table string as a QString, converted once and shared by every asset that uses it.
    QString text(const char *utf8)
    {
        auto it = mTexts.constFind(utf8);
        if (it == mTexts.constEnd())
            it = mTexts.insert(utf8, QString::fromUtf8(utf8));
        return *it;
    }

    QString personName(Id id) const { return mData.people.at(id - 1).name; }
    int lastIndex() const { return static_cast<int>(mData.assets.size()) - 1; }

    void link(int from, int to, LinkType type)
    {
        mData.links.append({mData.links.size() + 1, mData.assets.at(from).id, mData.assets.at(to).id, type});
    }

    /// C/I/A, and the measures the 総務省 scheme requires for them, about 97 % done (a section that keeps its ledger).
    void classify(Asset &a, char c, char i, char av)
    {
        a.confidentiality = QString(QLatin1Char(c));
        a.integrity = QString(QLatin1Char(i));
        a.availability = QString(QLatin1Char(av));
        const int key = (c - '0') * 100 + (i - '0') * 10 + (av - '0');
        auto it = mMeasureCache.constFind(key);
        if (it == mMeasureCache.constEnd()) {
            const QMap<QString, QString> values{{QStringLiteral("C"), a.confidentiality},
                                                {QStringLiteral("I"), a.integrity},
                                                {QStringLiteral("A"), a.availability}};
            it = mMeasureCache.insert(key, mScheme.requiredMeasures(values));
        }
        a.measures.reserve(it->size());
        for (const QString &tag : *it)
            a.measures.append({tag, mRng.percent(97)});
        if (c == '3')
            a.restrictions = mSecret;
        else if (c == '2')
            a.restrictions = mRng.percent(50) ? mInternal : mInternalNoDistribution;
    }

    void setPersonal(Asset &a, int flags, int lo, int hi)
    {
        a.personalInfo = flags & kP;
        a.sensitivePersonalInfo = flags & kS;
        a.myNumber = flags & kM;
        if (a.personalInfo && hi > 0)
            a.subjectCount = approximate(mRng.between(lo, hi));
    }

    void makeSystem(int def)
    {
        const SystemDef &d = kSystems[def];
        const int s = sectionByCode(text(d.owner));
        Asset &a = newAsset(s, AssetKind::InformationSystem, text(d.name));
        a.businessCategory = text(d.category);
        a.segment = d.segment;
        a.medium = d.servers[0] ? text("サーバ（庁内）") : text("外部データセンター（クラウドサービス）");
        if (mSections[s].systemAdmin)
            a.managerId = mSections[s].systemAdmin;
        a.registeredOn = kFirstDay;
        classify(a, d.c, d.i, d.a);
        setPersonal(a, d.flags, d.subjects, d.subjects);
        const QString users = text(d.users);
        if (users == QLatin1String("*"))
            a.userScope = text("全職員");
        else if (!users.isEmpty())
            a.userScope = mSections[s].name + text("及び関係課職員");
        if (d.segment == NetworkSegment::ExternalService)
            a.notes = text("外部サービス（委託先のデータセンターで運用）");

        const int system = static_cast<int>(mSystems.size());
        mSystems.append({def, lastIndex(), s});
        mSystemByName.insert(a.name, system);
        for (int i = 0; i < mSections.size(); ++i) {
            if (i == s || users == QLatin1String("*") || users.contains(mSections[i].code))
                mSections[i].systems.append(system);
        }
    }

    void makeServers(int budget)
    {
        const int admin = sectionByCode(QStringLiteral("0130"));
        QHash<QString, int> serverByName;
        for (const SystemState &sys : std::as_const(mSystems)) {
            const SystemDef &d = kSystems[sys.def];
            const QString servers = text(d.servers);
            if (servers.isEmpty())
                continue;
            for (const QString &name : servers.split(QLatin1Char('/'))) {
                auto it = serverByName.constFind(name);
                if (it == serverByName.constEnd()) {
                    if (budget <= 0)
                        continue;
                    --budget;
                    Asset &a = newAsset(sys.owner, AssetKind::Server, name);
                    a.businessCategory = text(d.category);
                    a.segment = d.segment;
                    placeInRack(a, rackFor(d.segment));
                    a.userScope = text("情報システム管理者");
                    a.encrypted = mRng.percent(60);
                    a.registeredOn = kFirstDay;
                    if (mSections[sys.owner].systemAdmin)
                        a.managerId = mSections[sys.owner].systemAdmin;
                    it = serverByName.insert(name, lastIndex());
                }
                link(sys.asset, *it, LinkType::RunsOn);
            }
        }
        // The shared file server where sections keep their files.
        if (budget > 0 && admin >= 0 && !mSystems.isEmpty()) {
            Asset &a = newAsset(admin, AssetKind::Server, text("ファイルサーバ（LGWAN接続系）"));
            a.businessCategory = text("庁内情報共有");
            a.segment = NetworkSegment::Lgwan;
            placeInRack(a, RackLgwan);
            a.userScope = text("全職員");
            a.encrypted = true;
            a.registeredOn = kFirstDay;
            mFileServer = lastIndex();
        }
        // Now and then a 課 has set up a NAS of its own on an office shelf, outside the 電算室
        // (a finding: servers belong in L4). It takes some of the 課's files.
        const int nasCount = mCount >= 300 ? 1 + mCount / 5000 : 0;
        for (int i = 0; i < nasCount && budget > 0; ++i, --budget) {
            const int s = randomSection();
            Asset &a = newAsset(s, AssetKind::Server, text("NAS（課内ファイル共有用）"));
            a.businessCategory = text("庁内情報共有");
            a.segment = NetworkSegment::Lgwan;
            a.usePlaceId = mSections[s].office;
            a.medium = text("執務室（書棚の上に設置）");
            a.notes = text("課で独自に購入・設置。電算室への移設を検討中");
            if (mSections[s].nas < 0)
                mSections[s].nas = lastIndex();
        }
    }

    /// Devices bought in the first years are partly replaced and disposed of by now.
    bool disposeOld(Asset &a, int percent, const QString &why)
    {
        if (fiscalYear(a.registeredOn) > 2021 || !mRng.percent(percent))
            return false;
        a.status = AssetStatus::Disposed;
        a.updatedOn = QDate(2025, 3, 31).addDays(-mRng.below(300));
        a.notes = why;
        return true;
    }

    void makePc()
    {
        const int s = randomSection();
        Section &sec = mSections[s];
        // What a PC of each segment may reach (三層の対策: never across segments).
        QList<int> myNumber, lgwan, internet, owned;
        for (int sys : std::as_const(sec.systems)) {
            const SystemDef &d = kSystems[mSystems[sys].def];
            if (d.segment == NS::MyNumber)
                myNumber.append(sys);
            else if (d.segment == NS::Lgwan)
                lgwan.append(sys);
            else if (d.segment == NS::Internet || d.segment == NS::ExternalService)
                internet.append(sys);
            if (mSystems[sys].owner == s && d.servers[0] != '\0')
                owned.append(sys);
        }

        const int roll = mRng.below(100);
        Asset *a = nullptr;
        QList<int> reach;
        // In an office open after hours a PC needs its wire (it makes the desk L2); most have one.
        if (!myNumber.isEmpty() && roll < 35) {
            const bool desk = sec.counter && mRng.percent(40);
            a = &newAsset(s, AssetKind::Pc, text(desk ? "シンクライアント端末（窓口用）" : "シンクライアント端末"));
            a->segment = NS::MyNumber;
            a->wireLocked = mRng.percent(sec.open ? 92 : 85);
            a->notes = text("多要素認証（生体認証）、USBメモリへの書き出し不可");
            a->usePlaceId = sec.office;
            if (desk && mRng.percent(5)) {
                // Turned towards the residents so that they can check their entries: on the public side.
                a->usePlaceId = sec.counter;
                a->notes = text("申請内容の確認用に来庁者側カウンターに設置");
            }
            reach = myNumber;
        } else if (!internet.isEmpty() && roll < 42) {
            a = &newAsset(s, AssetKind::Pc, text("インターネット接続系端末"));
            a->segment = NS::Internet;
            a->wireLocked = mRng.percent(sec.open ? 95 : 70);
            a->encrypted = mRng.percent(50);
            reach = internet;
        } else if (!owned.isEmpty() && roll < 45) {
            // Operates the servers of one system the 課 owns, and reaches that system's segment.
            const NetworkSegment seg = kSystems[mSystems[owned.at(mRng.below(static_cast<int>(owned.size())))].def].segment;
            a = &newAsset(s, AssetKind::Pc, text("サーバ管理端末"));
            a->segment = seg;
            a->canRemoteOperate = true;
            a->wireLocked = true;
            a->encrypted = true;
            a->managerId = sec.systemAdmin ? sec.systemAdmin : a->managerId;
            a->userScope = text("情報システム管理者");
            // Kept where the servers are: REMOTE needs L3 storage, which a desk cannot give.
            a->usePlaceId = mServerRoom;
            a->medium = mRackMedia[RackCount];
            for (int sys : std::as_const(sec.systems)) {
                if (kSystems[mSystems[sys].def].segment == seg)
                    reach.append(sys);
            }
        } else if (roll < 55) {
            const bool carried = mRng.percent(30);
            a = &newAsset(s, AssetKind::Pc, text(carried ? "ノートパソコン（持出用）" : "ノートパソコン"));
            a->segment = NS::Lgwan;
            a->wireLocked = !carried && mRng.percent(60);
            a->encrypted = carried || mRng.percent(95);
            if (carried)
                a->notes = text("持出時は持出記録簿に記入");
            // Locked away after work unless wired to the desk (see finishPlacements()).
            a->usePlaceId = sec.office;
            a->storePlaceId = a->wireLocked ? 0 : sec.locker;
            a->medium = a->wireLocked ? text("執務室") : sec.lockerMedium;
            mLaptops.push_back({lastIndex(), s});
            reach = lgwan;
        } else {
            a = &newAsset(s, AssetKind::Pc, text("デスクトップパソコン"));
            a->segment = NS::Lgwan;
            a->wireLocked = mRng.percent(sec.open ? 95 : 90);
            a->encrypted = mRng.percent(30);
            reach = lgwan;
        }
        a->businessCategory = text("情報機器管理");
        if (!a->usePlaceId)
            a->usePlaceId = sec.office;
        if (a->medium.isEmpty())
            a->medium = a->usePlaceId == sec.counter ? text("来庁者側カウンター") : text("執務室");
        if (disposeOld(*a, 35, text("リース満了に伴い返却（データ消去証明書受領済み）")))
            return;
        const int index = lastIndex();
        if (a->segment == NS::Lgwan && !a->canRemoteOperate)
            sec.lgwanPcs.append(index);
        linkSome(index, reach, LinkType::CanAccess, 3);
    }

    /// Links `from` to one to `max` different systems of `systems`.
    void linkSome(int from, QList<int> systems, LinkType type, int max)
    {
        const int n = std::min<int>(max, systems.size());
        const int k = n > 0 ? mRng.between(1, n) : 0;
        for (int i = 0; i < k; ++i) {
            const int j = i + mRng.below(static_cast<int>(systems.size()) - i);
            std::swap(systems[i], systems[j]);
            link(from, mSystems[systems[i]].asset, type);
        }
    }

    void makeMobile()
    {
        const int s = randomSection();
        Asset &a = newAsset(s, AssetKind::Mobile, text(mRng.percent(50) ? "公用スマートフォン" : "タブレット端末"));
        a.businessCategory = text("情報機器管理");
        a.segment = NS::Internet;
        a.usePlaceId = mSections[s].office;
        a.storePlaceId = mSections[s].locker;
        a.medium = mSections[s].lockerMedium;
        a.encrypted = true;
        if (mRng.percent(2)) {
            a.provision = Provision::Private;
            a.notes = text("私物端末の業務利用（申請・許可済み）");
        } else if (disposeOld(a, 30, text("機種更新に伴い廃棄（初期化済み）"))) {
            return;
        }
        QList<int> reach;
        for (int sys : std::as_const(mSections[s].systems)) {
            const NetworkSegment seg = kSystems[mSystems[sys].def].segment;
            if (seg == NS::Internet || seg == NS::ExternalService)
                reach.append(sys);
        }
        linkSome(lastIndex(), reach, LinkType::CanAccess, 2);
    }

    void makeMedium()
    {
        const int s = randomSection();
        const MediaDef &def = mRng.pick(kMedia);
        Asset &a = newAsset(s, AssetKind::RemovableMedia, text(def.name));
        a.businessCategory = text("記録媒体管理");
        a.segment = NS::Lgwan;
        a.medium = text(kPaperPlaces[PaperCabinet]);
        a.usePlaceId = mSections[s].office;
        a.storePlaceId = mSections[s].cabinet;
        a.encrypted = mRng.percent(def.encryptedPercent);
        if (disposeOld(a, 15, text("物理破壊により廃棄")))
            return;
        mSections[s].media.append(lastIndex());
    }

    void makeMultifunction()
    {
        const int s = randomSection();
        Asset &a = newAsset(s, AssetKind::Multifunction, text("複合機（コピー・プリンタ・スキャナ）"));
        a.businessCategory = text("情報機器管理");
        a.segment = NS::Lgwan;
        a.medium = text("執務室");
        a.usePlaceId = mSections[s].office;
        a.encrypted = true;
        a.notes = text("内蔵HDDは返却時にデータ消去");
    }

    void makeNetworkDevice()
    {
        const int admin = sectionByCode(QStringLiteral("0130"));
        const int s = mRng.percent(60) ? admin : randomSection();
        const char *name = mRng.pick(kNetworkDevices);
        Asset &a = newAsset(s, AssetKind::NetworkDevice, text(name));
        a.businessCategory = text("ネットワーク管理");
        a.segment = std::string_view(name) == "ファイアウォール" ? NS::Internet : mRng.percent(20) ? NS::MyNumber : NS::Lgwan;
        if (s == admin) {
            placeInRack(a, RackNetwork);
        } else {
            a.medium = text("執務室（ネットワークラック）");
            a.usePlaceId = mSections[s].office;
        }
        a.userScope = text("情報システム管理者");
    }

    void makeSoftware()
    {
        Asset &a = newAsset(randomSection(), AssetKind::Software, text(mRng.pick(kSoftware)));
        a.businessCategory = text("ソフトウェア管理");
        a.segment = NS::Lgwan;
        a.medium = text("ライセンス証書（キャビネット）");
        classify(a, '1', '1', '1');
    }

    void makeSystemDocument()
    {
        const SystemState &sys = mSystems[mRng.below(static_cast<int>(mSystems.size()))];
        const SystemDef &d = kSystems[sys.def];
        const char *kind = mRng.pick(kDocKinds);
        Asset &a = newAsset(sys.owner, AssetKind::SystemDocument, text(d.name) + QChar(0x3000) + text(kind));
        a.businessCategory = text(d.category);
        a.systemId = mData.assets.at(sys.asset).id;
        a.userScope = text("情報システム管理者");
        const bool diagram = std::string_view(kind) == "ネットワーク構成図";
        classify(a, diagram ? '3' : '2', diagram ? '2' : '1', '1');
        a.retentionPeriod = text(kRetentionLabels[R10]);
        a.retentionUntil = QDate(fiscalYear(a.registeredOn) + 1 + 10, 3, 31);
        if (mRng.percent(50)) {
            a.segment = NS::NotApplicable;
            a.medium = text("キャビネット（施錠）");
        } else {
            a.segment = NS::Lgwan;
            storeFile(lastIndex(), sys.owner);
        }
    }

    /// What only the finished links tell: a laptop that holds personal data is locked away after
    /// work, wire or not (A storage needs L3), though now and then one stays on the desk. And a
    /// few devices, media and files have not been given a place yet.
    void finishPlacements()
    {
        std::vector<char> holdsA(static_cast<std::size_t>(mData.assets.size()), 0);
        for (const AssetLink &l : std::as_const(mData.links)) {
            if (l.type == LinkType::StoredOn && importanceA(mData.assets.at(l.fromId - 1)))
                holdsA[static_cast<std::size_t>(l.toId - 1)] = 1;
        }
        for (const Laptop &l : mLaptops) {
            Asset &a = mData.assets[l.index];
            if (!holdsA[static_cast<std::size_t>(l.index)] || a.storePlaceId != 0 || mRng.percent(35))
                continue;
            a.wireLocked = false;
            a.storePlaceId = mSections[l.section].locker;
            a.medium = mSections[l.section].lockerMedium;
        }
        for (Asset &a : mData.assets) {
            if (Enums::isPhysical(a.kind) && a.kind != AssetKind::Server && a.status == AssetStatus::Active
                && mRng.below(1000) < 10) {
                a.usePlaceId = 0;
                a.storePlaceId = 0;
            }
        }
    }

    /// Paper is used in the office and kept where its importance asks (domain.md §3.3-5): A in
    /// a locked cabinet or 書庫 (L3), B not on the shelf of an office open after hours (L1 at
    /// night). Now and then a file with personal data stands on the open shelf after all.
    void placePaper(Asset &a, const Section &sec)
    {
        static constexpr PaperPlace kLocked[] = {PaperCabinet, PaperArchive};
        PaperPlace where;
        if (importanceA(a)) {
            where = mRng.percent(4) ? PaperShelf : mRng.pick(kLocked);
        } else {
            where = static_cast<PaperPlace>(mRng.below(static_cast<int>(std::size(kPaperPlaces))));
            const bool minor = a.confidentiality == QLatin1String("1") && a.integrity == QLatin1String("1")
                               && a.availability == QLatin1String("1");
            if (where == PaperShelf && sec.open && !minor)
                where = PaperCabinet;
        }
        a.medium = text(kPaperPlaces[where]);
        a.usePlaceId = sec.office;
        a.storePlaceId = where == PaperCabinet ? sec.cabinet
                         : where == PaperArchive ? sec.archive
                         : where == PaperBasement ? mBasementArchive
                                                  : 0;
    }

    /// Where a file that does not live in a system is kept: the file server, a PC of the 課,
    /// and now and then a copy on one of its media.
    void storeFile(int index, int s)
    {
        const Section &sec = mSections[s];
        Asset &a = mData.assets[index];
        int target = -1;
        // Personal and 機密性3 files belong on the file server; now and then a copy stays on a PC.
        const int pcPercent = sec.lgwanPcs.isEmpty() ? 0 : importanceA(a) ? 10 : 50;
        if (sec.nas >= 0 && mRng.percent(25)) {
            target = sec.nas;
            a.medium = mData.assets.at(sec.nas).name;
        } else if (mFileServer >= 0 && !mRng.percent(pcPercent)) {
            target = mFileServer;
            a.medium = text("ファイルサーバ（") + sec.name + text("共有フォルダ）");
        } else if (!sec.lgwanPcs.isEmpty()) {
            target = sec.lgwanPcs.at(mRng.below(static_cast<int>(sec.lgwanPcs.size())));
            a.medium = text("パソコン（ローカルディスク）");
        } else {
            a.medium = text("ファイルサーバ");
        }
        if (target >= 0)
            link(index, target, LinkType::StoredOn);
        if (!sec.media.isEmpty() && mRng.percent(8)) {
            link(index, sec.media.at(mRng.below(static_cast<int>(sec.media.size()))), LinkType::StoredOn);
            a.medium += text("、外部記録媒体（バックアップ）");
        }
    }

    void makeInformation(bool paper)
    {
        const int s = randomSection();
        // A 課's own records most of the time, else what every 課 keeps; of the right medium.
        int def = -1;
        const QList<int> &own = mSections[s].infos;
        for (int attempt = 0; attempt < 4 && def < 0; ++attempt) {
            const int candidate = mRng.percent(70) && !own.isEmpty() ? own.at(mRng.below(static_cast<int>(own.size())))
                                                                     : mGenericStart + mRng.below(mGenericCount);
            if (kInfo[candidate].paper == paper)
                def = candidate;
        }
        if (def < 0) { // the generic list has both kinds
            do
                def = mGenericStart + mRng.below(mGenericCount);
            while (kInfo[def].paper != paper);
        }
        const InfoDef &d = kInfo[def];

        Asset &a = newAsset(s, paper ? AssetKind::InformationPaper : AssetKind::InformationElectronic, text(d.name));
        const int index = lastIndex();
        const int fy = fiscalYear(a.registeredOn);
        a.businessCategory = text(d.category);
        classify(a, d.c, d.i, d.a);
        setPersonal(a, d.flags, d.subjLo, d.subjHi);
        a.retentionPeriod = text(kRetentionLabels[d.retention]);
        if (kRetentionYears[d.retention] > 0)
            a.retentionUntil = QDate(fy + 1 + kRetentionYears[d.retention], 3, 31);
        if (d.c == '3')
            a.userScope = mSections[s].officersOnly;
        else if (d.c == '1')
            a.userScope = text("全職員");

        // Each set once per year; later ones are volumes (paper) or extracts (electronic).
        const qint64 key = (qint64(def) * 64 + s) * 64 + (d.yearly ? fy - 2000 : 0);
        const int seen = ++mSeen[key];
        bool extract = false;
        if (d.yearly)
            a.name += text("（令和") + QString::number(fy - 2018) + text("年度）");
        if (seen > 1) {
            if (paper) {
                a.name += text("（第") + QString::number(seen) + text("分冊）");
            } else {
                extract = true;
                a.name += text(mRng.pick(kExtractSuffixes));
                if (a.subjectCount > 0)
                    a.subjectCount = approximate(std::max(1, a.subjectCount / mRng.between(2, 50)));
            }
        }

        const auto sys = d.system ? mSystemByName.constFind(text(d.system)) : mSystemByName.constEnd();
        const bool hasSystem = sys != mSystemByName.constEnd();
        if (hasSystem)
            a.systemId = mData.assets.at(mSystems[*sys].asset).id;

        if (a.retentionUntil.isValid() && a.retentionUntil < QDate(2025, 12, 31) && mRng.percent(85)) {
            a.status = AssetStatus::Disposed;
            a.updatedOn = a.retentionUntil.addDays(mRng.between(1, 90));
            a.notes = paper ? text("保存期限満了により廃棄（溶解処理）") : text("保存期限満了によりデータ消去");
        }

        if (paper) {
            a.segment = NS::NotApplicable;
            placePaper(a, mSections[s]);
            return;
        }
        const NetworkSegment systemSegment = hasSystem ? kSystems[mSystems[*sys].def].segment
                                                       : (d.flags & kM) ? NS::MyNumber : NS::Lgwan;
        if (hasSystem && !extract) {
            a.segment = systemSegment;
            a.medium = mData.assets.at(mSystems[*sys].asset).name + text("（データベース）");
            if (a.status == AssetStatus::Active)
                link(index, mSystems[*sys].asset, LinkType::StoredOn);
        } else if (systemSegment == NS::MyNumber) {
            // Extracts of My Number data stay inside their segment, on no device of the register.
            a.segment = NS::MyNumber;
            a.medium = text("マイナンバー利用事務系 共有フォルダ");
            const Section &sec = mSections[s];
            if (a.status == AssetStatus::Active && !sec.media.isEmpty() && mRng.percent(3)) {
                // Now and then a copy goes onto a USB stick to be handed over: a finding on the medium.
                const int medium = sec.media.at(mRng.below(static_cast<int>(sec.media.size())));
                link(index, medium, LinkType::StoredOn);
                a.medium += text("、") + mData.assets.at(medium).name + text("（受け渡し用コピー）");
            }
        } else {
            a.segment = NS::Lgwan;
            if (a.status == AssetStatus::Active)
                storeFile(index, s);
            else
                a.medium = text("ファイルサーバ");
        }
    }

    // ---- plans (区画図)

    Place &placeById(Id id) { return mData.places[id - 1]; }

    /// Size (and now and then an L-shape) of a room on its floor, by what it is.
    RoomFrame frameFor(Id room)
    {
        Rng &rng = mPlanRng;
        RoomFrame f;
        switch (mRoomRoles.value(room, RoomRole::Other)) {
        case RoomRole::Office: {
            const int weight = mSections[mOfficeSection.value(room)].weight;
            f.w = std::clamp(roundTo(9000 + weight * 700, 500) + rng.between(0, 6) * 500, 10000, 20000);
            f.d = 8000 + rng.between(0, 8) * 500;
            if (f.w >= 12000 && rng.percent(20)) {
                f.notchW = roundTo(f.w * rng.between(30, 40) / 100, 500);
                f.notchD = roundTo(f.d * rng.between(30, 40) / 100, 500);
            }
            break;
        }
        case RoomRole::ServerRoom:
            f.w = 8000 + rng.between(0, 2) * 500;
            f.d = 6000 + rng.between(0, 2) * 500;
            break;
        case RoomRole::Archive:
            f.w = 5000 + rng.between(0, 6) * 500;
            f.d = 4000 + rng.between(0, 4) * 500;
            break;
        case RoomRole::BasementArchive:
            f.w = 15000 + rng.between(0, 6) * 500;
            f.d = 9000 + rng.between(0, 4) * 500;
            break;
        case RoomRole::Consultation:
            f.w = 3000;
            f.d = 3000;
            break;
        case RoomRole::Other:
            f.w = 6000;
            f.d = 5000;
            break;
        }
        return f;
    }

    /// Size of a container along the wall and into the room.
    QSize containerSize(const Place &p)
    {
        if (p.kind == PlaceKind::ServerRack)
            return {600, 1000};
        if (p.name == text("施錠ロッカー"))
            return {900, 515};
        if (p.name == text("袖机の施錠引出し"))
            return {400, 600};
        if (p.kind == PlaceKind::Container)
            return {900, 450};
        return {1500, 1000};
    }

    /// Children of a nested area that has some of its own (none in the demo city today): side by
    /// side inside it, and theirs inside them.
    void fillBox(Id parent, const Box &b, const std::vector<QList<Id>> &children)
    {
        const QList<Id> &kids = children[static_cast<std::size_t>(parent)];
        const int n = static_cast<int>(kids.size());
        const int inset = std::max(1, std::min(b.width(), b.height()) / 10);
        const int left = b.x0 + inset, width = b.width() - 2 * inset;
        for (int i = 0; i < n; ++i) {
            const Box k{left + width * i / n, b.y0 + inset, left + width * (i + 1) / n, b.y1 - inset};
            placeById(kids[i]).outline = k.outline();
            fillBox(kids[i], k, children);
        }
    }

    /// Outlines inside a room, the desks of an office, and the room's doors on the corridor.
    void furnish(Id roomId, const RoomFrame &f, const std::vector<QList<Id>> &children, QList<Door> &doors)
    {
        Rng &rng = mPlanRng;
        const Place &room = placeById(roomId);
        const RoomRole role = mRoomRoles.value(roomId, RoomRole::Other);
        QList<Id> counters, racks, others;
        for (Id id : children[static_cast<std::size_t>(roomId)]) {
            const PlaceKind k = placeById(id).kind;
            (k == PlaceKind::CounterPublic ? counters : k == PlaceKind::ServerRack ? racks : others).append(id);
        }

        // The public side of the counter: a strip along the corridor wall, the whole room wide in
        // an open-plan 窓口, else all but the staff entrance at the east end.
        const int counterDepth = counters.isEmpty() ? 0 : 2500 + rng.between(0, 2) * 500;
        const int counterWidth = !room.lockedAfterHours || f.w < 8000 ? f.w : f.w - 3000;
        for (int i = 0; i < counters.size(); ++i) {
            const int u0 = roundTo(counterWidth * i / int(counters.size()), 100);
            const int u1 = roundTo(counterWidth * (i + 1) / int(counters.size()), 100);
            const Box b = f.box(u0, 0, u1, counterDepth);
            placeById(counters[i]).outline = b.outline();
            fillBox(counters[i], b, children);
            // Where a terminal turned towards the residents stands: just before the counter.
            Spots &spots = mSpots[counters[i]];
            for (int u = u0 + 1000; u + 1000 <= u1 && spots.points.size() < 8; u += 1500)
                spots.points.append(f.at(u, counterDepth - 500));
        }

        // Racks in two rows facing a 1.2 m aisle, in the middle of the room.
        const int rows = racks.size() <= 2 || f.d < 5700 ? 1 : 2;
        const int perRow = (int(racks.size()) + rows - 1) / rows;
        const int rackU = roundTo((f.w - perRow * 600) / 2, 100);
        for (int i = 0; i < racks.size(); ++i) {
            const int v0 = i / perRow == 0 ? 1500 : 3700;
            const int u0 = rackU + (i % perRow) * 600;
            const Box b = f.box(u0, v0, u0 + 600, v0 + 1000);
            placeById(racks[i]).outline = b.outline();
            mRackBoxes.insert(racks[i], b);
            fillBox(racks[i], b, children);
        }
        if (role == RoomRole::ServerRoom) {
            // Operators' consoles along the corridor wall.
            Spots &spots = mSpots[roomId];
            for (int u = 1000; u + 1000 <= f.w && spots.points.size() < 6; u += 1000)
                spots.points.append(f.at(u, 600));
        }

        // Cabinets, lockers and drawers against the back wall, 0.5 m from the west wall and
        // 0.3 m apart; what does not fit there stands along the west wall.
        const int backWall = f.w - f.notchW;
        int u = 500, v = f.d - 1000;
        for (Id id : std::as_const(others)) {
            const QSize s = containerSize(placeById(id));
            Box b;
            if (u + s.width() + 300 <= backWall) {
                b = f.box(u, f.d - s.height(), u + s.width(), f.d);
                u += s.width() + 300;
            } else {
                b = f.box(0, std::max(counterDepth, v - s.width()), s.height(), v);
                v -= s.width() + 300;
            }
            placeById(id).outline = b.outline();
            fillBox(id, b, children);
        }

        if (role == RoomRole::Office) {
            // Desks in islands (島型): two rows of 1.2 m desks facing each other, up to five
            // pairs, 1.5 m apart; between the counter (or the corridor wall) and the cabinets.
            Spots &spots = mSpots[roomId];
            const int uEnd = f.w - (f.notchW ? f.notchW : 0) - 1000;
            const int vEnd = f.d - 1500;
            for (int vi = counterDepth + 1500; vi + 1400 <= vEnd; vi += 1400 + 1600) {
                for (int ui = 1500; ui + 1200 <= uEnd;) {
                    for (int k = 0; k < 5 && ui + 1200 <= uEnd && spots.points.size() < kMaxDesksPerOffice; ++k, ui += 1200) {
                        spots.points.append(f.at(ui + 600, vi + 350));
                        spots.points.append(f.at(ui + 600, vi + 1050));
                    }
                    ui += 1500;
                }
            }
        }

        // Doors: one, or two in a room 14 m wide or more; an office with a counter that is
        // locked after hours has its public door on the counter and a staff entrance.
        QList<std::pair<int, bool>> doorsAt; // (u, staff entrance)
        if (!counters.isEmpty() && counterWidth < f.w) {
            doorsAt = {{1000 + rng.between(0, 5) * 100, false}, {counterWidth + 1000, true}};
        } else if (f.w >= 14000) {
            doorsAt = {{1000 + rng.between(0, 5) * 100, false}, {f.w - 1000 - kDoorWidth - rng.between(0, 5) * 100, false}};
        } else {
            doorsAt = {{std::min(1000, f.w - kDoorWidth - 300), false}};
        }
        for (const auto &[du, staff] : std::as_const(doorsAt))
            doors.append(doorOf(room, f.at(du, 0), f.at(du + kDoorWidth, 0), staff));
    }

    Door doorOf(const Place &room, QPoint a, QPoint b, bool staffEntrance)
    {
        Door d;
        d.a = a;
        d.b = b;
        d.lockable = room.level >= 2 && room.lockedAfterHours;
        const EntryControls e = room.entryControl;
        if (d.lockable) {
            d.lockType = text(e.testFlag(EntryControl::IcCard)      ? "ICカード錠"
                              : e.testFlag(EntryControl::Biometric) ? "生体認証錠"
                              : e.testFlag(EntryControl::Pin)       ? "暗証番号錠"
                                                                    : "シリンダー錠");
            if (room.managerId)
                d.keyHolder = mData.departments.at(mData.people.at(room.managerId - 1).departmentId - 1).name + text("長");
        }
        d.autoLock = d.lockable && (room.controlledArea || e.testFlag(EntryControl::IcCard));
        d.alarm = room.controlledArea;
        if (room.controlledArea)
            d.notes = text("入室時にICカードで記録（共連れ防止のため一人ずつ入室）。夜間は機械警備");
        else if (!room.lockedAfterHours && room.level >= 2)
            d.notes = text("窓口カウンターと一体のフロアのため時間外も施錠しない");
        else if (d.lockable && e.testFlag(EntryControl::EntryLog))
            d.notes = text("鍵は貸出簿で管理し、入退室を記録");
        else if (staffEntrance)
            d.notes = text("職員通用口");
        return d;
    }

    /// An outline for every area and one 区画図 per floor with areas: rooms along the corridor,
    /// containers, racks and counters inside them, doors on the corridor and the title block.
    void makePlans()
    {
        Rng &rng = mPlanRng;
        std::vector<QList<Id>> children(static_cast<std::size_t>(mData.places.size()) + 1);
        for (const Place &p : std::as_const(mData.places)) {
            if (p.parentId && p.isArea())
                children[static_cast<std::size_t>(p.parentId)].append(p.id);
        }
        std::array<int, std::size(kBuildings)> north{};
        for (std::size_t b = 1; b < north.size(); ++b)
            north[b] = (360 + rng.between(-15, 15)) % 360;

        for (const FloorRecord &fl : mFloors) {
            const QList<Id> &rooms = children[static_cast<std::size_t>(fl.floor)];
            if (rooms.isEmpty())
                continue;
            FloorPlan plan;
            plan.id = mData.plans.size() + 1;
            plan.floorId = fl.floor;
            // Rooms along the corridor, each on the side that is shorter so far.
            std::array<int, 2> length{0, 0};
            QList<int> sections;
            for (Id room : rooms) {
                RoomFrame f = frameFor(room);
                const int side = length[1] < length[0] ? 1 : 0;
                f.north = side == 0;
                f.front = f.north ? kCorridorNorth : kCorridorSouth;
                f.x0 = length[static_cast<std::size_t>(side)];
                length[static_cast<std::size_t>(side)] += f.w;
                placeById(room).outline = f.outline();
                furnish(room, f, children, plan.doors);
                if (const auto s = mOfficeSection.constFind(room); s != mOfficeSection.constEnd())
                    sections.append(*s);
            }

            // Title block: the first office's 課 draws it, its 情報セキュリティ責任者 approves it.
            const Place &floor = placeById(fl.floor);
            const QString where = placeById(floor.parentId).name + QLatin1Char(' ') + floor.name;
            int main = sections.isEmpty() ? -1 : sections.constFirst();
            if (main < 0) {
                const Id manager = placeById(rooms.constFirst()).managerId;
                const Id dep = manager ? mData.people.at(manager - 1).departmentId : 0;
                for (int s = 0; s < mSections.size() && main < 0; ++s)
                    main = mData.departments.at(mSections[s].dept).id == dep ? s : -1;
            }
            const QString suffix = text(" セキュリティ区画図");
            if (sections.size() > 1)
                plan.title = mSections[main].name + text("ほか ") + where + suffix;
            else if (sections.size() == 1)
                plan.title = mSections[main].name + QLatin1Char(' ') + floor.name + suffix;
            else
                plan.title = where + suffix;
            if (main >= 0) {
                const Section &sec = mSections[main];
                plan.departmentId = mData.departments.at(sec.dept).id;
                plan.approver = personName(sec.people.constFirst());
                plan.author = personName(sec.people.at(std::min<qsizetype>(1, sec.people.size() - 1)));
            } else if (!mData.people.isEmpty()) {
                plan.approver = plan.author = mData.people.constFirst().name;
            }
            plan.edition = text("第1版");
            plan.createdOn = QDate(2023, 4, 1).addDays(rng.below(730));
            plan.updatedOn = rng.percent(50) ? plan.createdOn
                                             : plan.createdOn.addDays(rng.below(
                                                   static_cast<int>(plan.createdOn.daysTo(kLastDay)) + 1));
            plan.classification = text("機密性2");
            plan.gridMm = 500;
            plan.northDegrees = north[static_cast<std::size_t>(fl.building)];
            mData.plans.append(plan);
        }
    }

    /// Points for the markers that someone placed by hand: every server in its rack, and a few
    /// hundred PCs at most on desks, at the counter or at a console. The rest stay without a
    /// point and are laid out by the plan. One pass over the assets, map look-ups only for these.
    void placeMarkers()
    {
        std::vector<int> inRacks; // asset indices: servers are few
        QHash<Id, int> perRack;
        int pcs = 0;
        const auto end = mData.assets.end();
        for (auto a = mData.assets.begin(); a != end; ++a) {
            if (a->kind == AssetKind::Server) {
                if (mRackBoxes.contains(a->usePlaceId)) {
                    inRacks.push_back(static_cast<int>(a - mData.assets.begin()));
                    ++perRack[a->usePlaceId];
                }
            } else if (a->kind == AssetKind::Pc && pcs < kMaxPlacedPcs && a->status == AssetStatus::Active
                       && a->usePlaceId) {
                const auto spots = mSpots.find(a->usePlaceId);
                if (spots == mSpots.end() || spots->next >= spots->points.size() || !mPlanRng.percent(80))
                    continue;
                a->usePoint = spots->points.at(spots->next++);
                ++pcs;
            }
        }
        QHash<Id, int> placed;
        for (int i : inRacks) {
            Asset &a = mData.assets[i];
            a.usePoint = gridPoint(mRackBoxes.value(a.usePlaceId), perRack.value(a.usePlaceId), placed[a.usePlaceId]++, 75);
        }
    }

    int mCount;
    Rng mRng;
    Rng mPlanRng; ///< the plans' own stream: drawing them moves nothing else of the register
    ClassificationScheme mScheme;
    RegisterData mData;
    QList<Section> mSections;
    QList<int> mWeightEnds;
    QList<SystemState> mSystems;
    QHash<QString, int> mSystemByName;
    std::vector<int> mNextNumber; ///< last 連番 per section
    QHash<int, QStringList> mMeasureCache;
    QHash<qint64, int> mSeen;
    QHash<const char *, QString> mTexts; ///< by address: the literals live as long as the program
    // 取扱制限 by 機密性, shared by every asset of the level.
    const QStringList mSecret{u8("複製禁止"), u8("持出禁止"), u8("関係者限り")};
    const QStringList mInternal{u8("関係者限り")};
    const QStringList mInternalNoDistribution{u8("関係者限り"), u8("配付禁止")};
    int mFileServer = -1;
    // Premises
    Id mServerRoom = 0;
    Id mBasementArchive = 0;
    Id mFallbackFloor = 0;
    std::array<Id, RackCount> mRacks{};
    std::array<QString, RackCount + 1> mRackMedia; ///< 媒体・保存先 per rack, and of the room itself
    struct Laptop {
        int index;
        int section;
    };
    std::vector<Laptop> mLaptops;
    // Plans
    struct FloorRecord {
        Id floor;
        int building; ///< index into kBuildings
    };
    std::vector<FloorRecord> mFloors;
    QHash<Id, RoomRole> mRoomRoles;  ///< rooms on floors by what they are (others: RoomRole::Other)
    QHash<Id, int> mOfficeSection;   ///< office id → section index
    struct Spots {
        QList<QPoint> points; ///< where a PC may stand in the area
        qsizetype next = 0;
    };
    QHash<Id, Spots> mSpots;         ///< by area id
    QHash<Id, Box> mRackBoxes;       ///< racks' outlines by id
    const int mGenericStart = static_cast<int>(
        std::find_if(std::begin(kInfo), std::end(kInfo), [](const InfoDef &d) { return !d.dept; })
        - std::begin(kInfo));
    const int mGenericCount = static_cast<int>(std::size(kInfo)) - mGenericStart;
};

} // namespace

RegisterData DemoGenerator::generate(int assetCount, quint64 seed)
{
    if (assetCount < 0)
        throw LogicError(tr("The number of demo assets must be 0 or more, not %1.").arg(assetCount));
    return Builder(assetCount, seed).build();
}

} // namespace daicho
