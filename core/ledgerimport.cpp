#include "core/ledgerimport.h"

#include "core/ledgercolumns.h"
#include "core/validation.h"
#include "core/wareki.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace daicho {

namespace {

/// A header or value folded for comparison: NFKC (全角 → 半角), no spaces or line breaks,
/// case folded, and without the punctuation people vary (・ / ( ) _ - ※ *).
QString foldUncached(const QString &s)
{
    static const QRegularExpression drop(QStringLiteral("[\\s・･/\\\\()\\[\\]_\\-※*＊:：]"));
    QString t = s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    t.remove(drop);
    return t;
}

/// fold(), remembered: a ledger repeats the same departments, people, places, levels and
/// flags on every row, and folding (NFKC and a pattern) costs far more than a lookup.
QString fold(const QString &s)
{
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(s); it != cache.cend())
        return *it;
    if (cache.size() > 200000)
        cache.clear();
    return *cache.insert(s, foldUncached(s));
}

/// Names of each ledger key (document words, Japanese and English; matched after fold()).
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> map = [] {
        const QList<std::pair<const char *, QStringList>> table = {
            {"number", {QStringLiteral("管理番号"), QStringLiteral("資産管理番号"), QStringLiteral("資産番号"),
                        QStringLiteral("番号"), QStringLiteral("Management number"), QStringLiteral("Number"),
                        QStringLiteral("Asset number"), QStringLiteral("No")}},
            {"departmentId", {QStringLiteral("所属"), QStringLiteral("所属名"), QStringLiteral("管理部署"),
                              QStringLiteral("部署"), QStringLiteral("担当課"), QStringLiteral("所管課"),
                              QStringLiteral("課名"), QStringLiteral("Department"), QStringLiteral("Section")}},
            {"businessCategory", {QStringLiteral("業務分類"), QStringLiteral("業務"), QStringLiteral("業務名"),
                                  QStringLiteral("Business category"), QStringLiteral("Business")}},
            {"name", {QStringLiteral("情報資産名称"), QStringLiteral("情報資産名"), QStringLiteral("資産名称"),
                      QStringLiteral("資産名"), QStringLiteral("名称"), QStringLiteral("Asset name"), QStringLiteral("Name")}},
            {"kind", {QStringLiteral("資産種別"), QStringLiteral("種別"), QStringLiteral("資産の種類"),
                      QStringLiteral("Kind"), QStringLiteral("Asset kind"), QStringLiteral("Type")}},
            {"systemId", {QStringLiteral("関連情報システム"), QStringLiteral("関連システム"), QStringLiteral("情報システム"),
                          QStringLiteral("システム名"), QStringLiteral("Related information system"), QStringLiteral("System")}},
            {"segment", {QStringLiteral("ネットワーク区分"), QStringLiteral("ネットワーク"), QStringLiteral("Network segment"),
                         QStringLiteral("Network")}},
            {"userScope", {QStringLiteral("利用者範囲"), QStringLiteral("利用範囲"), QStringLiteral("利用者"),
                           QStringLiteral("User scope"), QStringLiteral("Users")}},
            {"managerId", {QStringLiteral("管理者"), QStringLiteral("管理責任者"), QStringLiteral("Manager"), QStringLiteral("Owner")}},
            {"medium", {QStringLiteral("媒体・保存先"), QStringLiteral("媒体"), QStringLiteral("保存先"),
                        QStringLiteral("Medium / storage location"), QStringLiteral("Medium"), QStringLiteral("Storage location")}},
            {"personalInfo", {QStringLiteral("個人情報"), QStringLiteral("個人情報の種類"), QStringLiteral("個人情報の有無"),
                              QStringLiteral("個人情報有無"), QStringLiteral("Personal information")}},
            {"sensitivePersonalInfo", {QStringLiteral("要配慮個人情報"), QStringLiteral("Special care-required personal information"),
                                       QStringLiteral("Sensitive personal information")}},
            {"myNumber", {QStringLiteral("特定個人情報"), QStringLiteral("マイナンバー"), QStringLiteral("Specific personal information"),
                          QStringLiteral("Specific personal information (My Number)"), QStringLiteral("My Number")}},
            {"subjectCount", {QStringLiteral("本人数"), QStringLiteral("本人の数"), QStringLiteral("件数"),
                              QStringLiteral("Number of data subjects"), QStringLiteral("Data subjects")}},
            {"confidentiality", {QStringLiteral("機密性"), QStringLiteral("Confidentiality")}},
            {"integrity", {QStringLiteral("完全性"), QStringLiteral("Integrity")}},
            {"availability", {QStringLiteral("可用性"), QStringLiteral("Availability")}},
            {"importance", {QStringLiteral("重要度"), QStringLiteral("重要性分類"), QStringLiteral("Importance")}},
            {"restrictions", {QStringLiteral("取扱制限"), QStringLiteral("取扱い制限"), QStringLiteral("取り扱い制限"),
                              QStringLiteral("Handling restrictions"), QStringLiteral("Restrictions")}},
            {"encrypted", {QStringLiteral("暗号化"), QStringLiteral("暗号化の有無"), QStringLiteral("Encrypted"), QStringLiteral("Encryption")}},
            {"wireLocked", {QStringLiteral("ワイヤー固定"), QStringLiteral("ワイヤ固定"), QStringLiteral("ワイヤーロック"),
                            QStringLiteral("Wire lock"), QStringLiteral("Wire locked")}},
            {"canRemoteOperate", {QStringLiteral("サーバ遠隔操作"), QStringLiteral("サーバー遠隔操作"), QStringLiteral("サーバ遠隔操作可"),
                                  QStringLiteral("遠隔操作"), QStringLiteral("Remote server operation"), QStringLiteral("Remote operation")}},
            {"provision", {QStringLiteral("支給/私物"), QStringLiteral("支給・私物"), QStringLiteral("支給私物"),
                           QStringLiteral("Issued / private"), QStringLiteral("Provision")}},
            {"retentionPeriod", {QStringLiteral("保存期間"), QStringLiteral("保管期間"), QStringLiteral("Retention period")}},
            {"retentionUntil", {QStringLiteral("保存期限"), QStringLiteral("保管期限"), QStringLiteral("Retention deadline"),
                                QStringLiteral("Retention until")}},
            {"registeredOn", {QStringLiteral("登録日"), QStringLiteral("登録年月日"), QStringLiteral("Registered on"), QStringLiteral("Registered")}},
            {"updatedOn", {QStringLiteral("更新日"), QStringLiteral("更新年月日"), QStringLiteral("最終更新日"),
                           QStringLiteral("Updated on"), QStringLiteral("Updated")}},
            {"updatedBy", {QStringLiteral("更新者"), QStringLiteral("Updated by")}},
            {"notes", {QStringLiteral("備考"), QStringLiteral("摘要"), QStringLiteral("Notes"), QStringLiteral("Remarks")}},
            {"status", {QStringLiteral("状態"), QStringLiteral("ステータス"), QStringLiteral("Status")}},
            {"usePlaceId", {QStringLiteral("使用場所"), QStringLiteral("設置場所"), QStringLiteral("利用場所"), QStringLiteral("Place of use")}},
            {"storePlaceId", {QStringLiteral("保管場所"), QStringLiteral("保管先"), QStringLiteral("Place of storage")}},
            {"-", {QStringLiteral("実効機密性"), QStringLiteral("実効完全性"), QStringLiteral("実効可用性"),
                   QStringLiteral("実効重要度"), QStringLiteral("Effective confidentiality"),
                   QStringLiteral("Effective integrity"), QStringLiteral("Effective availability"),
                   QStringLiteral("Effective importance")}},
        };
        QHash<QString, QString> m;
        for (const auto &[key, names] : table) {
            for (const QString &n : names)
                m.insert(fold(n), QLatin1String(key));
        }
        return m;
    }();
    return map;
}

/// A place path folded for comparison: any of › > ＞ / ／ \\ between the names.
QString pathKey(const QString &path)
{
    static const QRegularExpression separators(QStringLiteral("[›>/\\\\]"));
    QStringList parts;
    for (const QString &p : path.normalized(QString::NormalizationForm_KC).split(separators)) {
        const QString f = fold(p);
        if (!f.isEmpty())
            parts.append(f);
    }
    return parts.join(QChar(0x1F));
}

std::optional<bool> parseFlag(const QString &value)
{
    const QString v = fold(value);
    static const QSet<QString> yes = {QStringLiteral("有"), QStringLiteral("あり"), QStringLiteral("有り"),
                                      QStringLiteral("〇"), QStringLiteral("○"), QStringLiteral("◯"), QStringLiteral("●"),
                                      QStringLiteral("✓"), QStringLiteral("✔"), QStringLiteral("レ"), QStringLiteral("1"),
                                      QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("はい"),
                                      QStringLiteral("済"), QStringLiteral("可")};
    static const QSet<QString> no = {QString(), QStringLiteral("無"), QStringLiteral("なし"), QStringLiteral("無し"),
                                     QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                     QStringLiteral("いいえ"), QStringLiteral("×"), QStringLiteral("否"), QStringLiteral("不可")};
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

/// A level of `levels` by id or label (either language); nullptr if none.
const SchemeLevel *findLevel(const QList<SchemeLevel> &levels, const QString &value)
{
    const QString v = fold(value);
    for (const SchemeLevel &l : levels) {
        if (fold(l.id) == v || fold(l.label.ja) == v || fold(l.label.en) == v)
            return &l;
    }
    return nullptr;
}

/// The Japanese words of the enums (document text, accepted whatever the UI language), folded.
const QHash<QString, int> &japaneseEnumWords()
{
    static const QHash<QString, int> map = [] {
        const QList<std::pair<const char *, int>> table = {
            // 資産種別
            {"情報(電子)", int(AssetKind::InformationElectronic)}, {"電子情報", int(AssetKind::InformationElectronic)},
            {"電子", int(AssetKind::InformationElectronic)}, {"情報(紙)", int(AssetKind::InformationPaper)},
            {"紙", int(AssetKind::InformationPaper)}, {"紙情報", int(AssetKind::InformationPaper)},
            {"書類", int(AssetKind::InformationPaper)}, {"情報システム", int(AssetKind::InformationSystem)},
            {"システム", int(AssetKind::InformationSystem)}, {"ソフトウェア", int(AssetKind::Software)},
            {"サーバ", int(AssetKind::Server)}, {"サーバー", int(AssetKind::Server)}, {"パソコン", int(AssetKind::Pc)},
            {"端末", int(AssetKind::Pc)}, {"モバイル端末", int(AssetKind::Mobile)}, {"モバイル機器", int(AssetKind::Mobile)},
            {"複合機", int(AssetKind::Multifunction)}, {"ネットワーク機器", int(AssetKind::NetworkDevice)},
            {"電磁的記録媒体", int(AssetKind::RemovableMedia)}, {"記録媒体", int(AssetKind::RemovableMedia)},
            {"可搬電子媒体", int(AssetKind::RemovableMedia)}, {"システム関連文書", int(AssetKind::SystemDocument)},
        };
        QHash<QString, int> m;
        for (const auto &[word, value] : table)
            m.insert(fold(QString::fromUtf8(word)), value);
        return m;
    }();
    return map;
}

const QHash<QString, int> &japaneseSegmentWords()
{
    static const QHash<QString, int> map = [] {
        const QList<std::pair<const char *, NetworkSegment>> table = {
            {"該当なし(紙)", NetworkSegment::NotApplicable}, {"該当なし", NetworkSegment::NotApplicable},
            {"マイナンバー利用事務系", NetworkSegment::MyNumber}, {"個人番号利用事務系", NetworkSegment::MyNumber},
            {"LGWAN接続系", NetworkSegment::Lgwan}, {"LGWAN", NetworkSegment::Lgwan},
            {"インターネット接続系", NetworkSegment::Internet}, {"インターネット", NetworkSegment::Internet},
            {"管理系", NetworkSegment::Management}, {"スタンドアロン", NetworkSegment::Standalone},
            {"外部サービス(クラウド)", NetworkSegment::ExternalService}, {"外部サービス", NetworkSegment::ExternalService},
            {"クラウド", NetworkSegment::ExternalService}, {"ガバメントクラウド", NetworkSegment::GovCloud},
        };
        QHash<QString, int> m;
        for (const auto &[word, value] : table)
            m.insert(fold(QString::fromUtf8(word)), int(value));
        return m;
    }();
    return map;
}

const QHash<QString, int> &japaneseStatusWords()
{
    static const QHash<QString, int> map = [] {
        QHash<QString, int> m;
        for (const char *w : {"使用中", "運用中", "稼働中", "有効"})
            m.insert(fold(QString::fromUtf8(w)), int(AssetStatus::Active));
        for (const char *w : {"廃棄", "廃棄済", "廃棄済み", "廃止"})
            m.insert(fold(QString::fromUtf8(w)), int(AssetStatus::Disposed));
        for (const char *w : {"支給", "公用"})
            m.insert(fold(QString::fromUtf8(w)), 100 + int(Provision::Issued));
        m.insert(fold(QStringLiteral("私物")), 100 + int(Provision::Private));
        return m;
    }();
    return map;
}

/// The folded labels of an enum in the UI language: label → value. Built once per read (a
/// label is a translation lookup, and a ledger has five enum cells a row).
template <typename E, int Count>
QHash<QString, int> enumLabels()
{
    QHash<QString, int> labels;
    for (int i = Count - 1; i >= 0; --i)
        labels.insert(fold(Enums::label(E(i))), i); // the first of equal labels wins
    return labels;
}

/// An enum value by its label in the UI language (`labels`, from enumLabels()), its Japanese
/// word or its id.
template <typename E, int Count>
std::optional<E> findEnum(const QString &value, const QHash<QString, int> &labels,
                          std::optional<E> (*fromId)(const QString &), const QHash<QString, int> *words = nullptr,
                          int offset = 0)
{
    const QString v = fold(value);
    if (const auto it = labels.constFind(v); it != labels.cend())
        return E(*it);
    if (words) {
        const int w = words->value(v, -1) - offset;
        if (w >= 0 && w < Count)
            return E(w);
    }
    return fromId(value.trimmed());
}

/// The fields an import sets, by column (resolved once from the column's key).
enum class In { none, number, departmentId, businessCategory, name, kind, systemId, segment, userScope, managerId, medium, personalInfo, sensitivePersonalInfo, myNumber, subjectCount, confidentiality, integrity, availability, importance, restrictions, encrypted, wireLocked, canRemoteOperate, provision, retentionPeriod, retentionUntil, registeredOn, updatedOn, updatedBy, notes, status, usePlaceId, storePlaceId };

In inOf(const QString &key)
{
    static const QHash<QString, In> fields = {
        {QStringLiteral("number"), In::number},
        {QStringLiteral("departmentId"), In::departmentId},
        {QStringLiteral("businessCategory"), In::businessCategory},
        {QStringLiteral("name"), In::name},
        {QStringLiteral("kind"), In::kind},
        {QStringLiteral("systemId"), In::systemId},
        {QStringLiteral("segment"), In::segment},
        {QStringLiteral("userScope"), In::userScope},
        {QStringLiteral("managerId"), In::managerId},
        {QStringLiteral("medium"), In::medium},
        {QStringLiteral("personalInfo"), In::personalInfo},
        {QStringLiteral("sensitivePersonalInfo"), In::sensitivePersonalInfo},
        {QStringLiteral("myNumber"), In::myNumber},
        {QStringLiteral("subjectCount"), In::subjectCount},
        {QStringLiteral("confidentiality"), In::confidentiality},
        {QStringLiteral("integrity"), In::integrity},
        {QStringLiteral("availability"), In::availability},
        {QStringLiteral("importance"), In::importance},
        {QStringLiteral("restrictions"), In::restrictions},
        {QStringLiteral("encrypted"), In::encrypted},
        {QStringLiteral("wireLocked"), In::wireLocked},
        {QStringLiteral("canRemoteOperate"), In::canRemoteOperate},
        {QStringLiteral("provision"), In::provision},
        {QStringLiteral("retentionPeriod"), In::retentionPeriod},
        {QStringLiteral("retentionUntil"), In::retentionUntil},
        {QStringLiteral("registeredOn"), In::registeredOn},
        {QStringLiteral("updatedOn"), In::updatedOn},
        {QStringLiteral("updatedBy"), In::updatedBy},
        {QStringLiteral("notes"), In::notes},
        {QStringLiteral("status"), In::status},
        {QStringLiteral("usePlaceId"), In::usePlaceId},
        {QStringLiteral("storePlaceId"), In::storePlaceId},
    };
    return fields.value(key, In::none);
}

} // namespace

QString LedgerImport::keyOfHeader(const QString &header, const ClassificationScheme &scheme)
{
    const QString f = fold(header);
    if (f.isEmpty())
        return {};
    // The current language's headers (and the scheme's axis names) first, then the synonyms.
    for (const QString &key : LedgerColumns::keys(scheme)) {
        if (fold(LedgerColumns::header(key, scheme)) == f)
            return key.startsWith(QLatin1String("effective")) ? QStringLiteral("-") : key;
    }
    QString key = synonyms().value(f);
    if (key.isEmpty()) {
        // 「機密性（評価値）」「個人情報（有無）」: the name before a parenthesis.
        QString h = header.normalized(QString::NormalizationForm_KC);
        const qsizetype paren = h.indexOf(QLatin1Char('('));
        if (paren > 0)
            key = synonyms().value(fold(h.left(paren)));
    }
    return key;
}

int LedgerImport::findHeaderRow(const QList<QStringList> &rows, const ClassificationScheme &scheme)
{
    int best = 0;
    int bestKnown = 0;
    for (int i = 0; i < std::min<int>(int(rows.size()), 30); ++i) {
        int known = 0;
        bool hasName = false;
        QSet<QString> keys;
        for (const QString &cell : rows.at(i)) {
            const QString key = keyOfHeader(cell, scheme);
            if (key.isEmpty() || key == QLatin1String("-") || keys.contains(key))
                continue;
            keys.insert(key);
            ++known;
            hasName = hasName || key == QLatin1String("name");
        }
        // The most recognised headings wins; of a header merged over two rows, the lower row,
        // which has the sub-headings as well.
        if (hasName && known >= 2 && known >= bestKnown) {
            best = i + 1;
            bestKnown = known;
        }
    }
    return best;
}

QList<QStringList> LedgerImport::problemTable(const QList<ImportProblem> &problems)
{
    QList<QStringList> out{{tr("Row"), tr("Column"), tr("Value"), tr("Reason")}};
    for (const ImportProblem &p : problems)
        out.append({p.row ? QString::number(p.row) : QString(), p.column, p.value, p.reason});
    return out;
}

LedgerImportResult LedgerImport::read(const QList<QStringList> &rows, const RegisterData &existing,
                                      const ClassificationScheme &scheme, const LedgerImportOptions &options)
{
    LedgerImportResult r;

    r.headerRow = options.headerRow ? options.headerRow : findHeaderRow(rows, scheme);
    if (options.headerRow && (options.headerRow < 1 || options.headerRow > rows.size())) {
        r.problems.append({0, {}, QString::number(options.headerRow),
                           tr("The header row %1 is not in the file (it has %n rows).", nullptr, int(rows.size()))
                               .arg(options.headerRow)});
        r.headerRow = 0;
        return r;
    }
    if (!r.headerRow) {
        r.problems.append({0, {}, {}, tr("No header row was found: the file needs a row of column headings "
                                         "that includes 情報資産名称 (asset name).")});
        return r;
    }
    for (const QString &cell : rows.at(r.headerRow - 1))
        r.columnKeys.append(keyOfHeader(cell, scheme));
    for (int c = 0; c < options.columnKeys.size(); ++c) {
        while (r.columnKeys.size() <= c)
            r.columnKeys.append(QString());
        r.columnKeys[c] = options.columnKeys.at(c);
    }
    if (!r.columnKeys.contains(QStringLiteral("name"))) {
        r.problems.append({r.headerRow, {}, {}, tr("No column is the asset name (情報資産名称): choose one.")});
        return r;
    }
    QStringList headers = rows.at(r.headerRow - 1);
    while (headers.size() < r.columnKeys.size())
        headers.append(QString());
    auto problem = [&](int row, int col, const QString &value, const QString &reason) {
        r.problems.append({row, col >= 0 && col < headers.size() ? headers.at(col).simplified() : QString(), value, reason});
    };

    // Columns: duplicates and unknown ones.
    QSet<QString> seen;
    QList<int> unknownColumns;
    for (int c = 0; c < r.columnKeys.size(); ++c) {
        const QString &key = r.columnKeys.at(c);
        if (key.isEmpty()) {
            if (headers.at(c).trimmed().isEmpty())
                continue; // an empty column; its values are checked below
            unknownColumns.append(c);
            if (!options.unknownColumnsToNotes)
                problem(r.headerRow, c, headers.at(c),
                        tr("Unknown column. Rename it to a ledger column, remove it, or import with its values added to the notes."));
        } else if (key != QLatin1String("-")) {
            if (seen.contains(key))
                problem(r.headerRow, c, headers.at(c), tr("This column appears twice."));
            seen.insert(key);
        }
    }

    // Lookups into the register.
    QHash<QString, QList<Id>> departmentsByName;
    QHash<QString, Id> departmentsByCode;
    for (const Department &d : existing.departments) {
        departmentsByCode.insert(fold(d.code), d.id);
        departmentsByName[fold(d.name)].append(d.id);
    }
    QSet<Id> allowedDepartments;
    Id defaultDepartment = 0;
    if (!options.departmentCode.isEmpty()) {
        for (const Department &d : existing.departments) {
            if (d.code == options.departmentCode)
                defaultDepartment = d.id;
        }
        if (!defaultDepartment) {
            r.problems.append({0, {}, options.departmentCode, tr("No department has the code %1.").arg(options.departmentCode)});
            return r;
        }
        allowedDepartments.insert(defaultDepartment);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Department &d : existing.departments) {
                if (d.parentId && allowedDepartments.contains(d.parentId) && !allowedDepartments.contains(d.id)) {
                    allowedDepartments.insert(d.id);
                    grew = true;
                }
            }
        }
    }
    QHash<QString, QList<Id>> peopleByName;
    QHash<Id, Id> personDepartment;
    for (const Person &p : existing.people) {
        peopleByName[fold(p.name)].append(p.id);
        personDepartment.insert(p.id, p.departmentId);
    }
    QHash<Id, const Place *> places;
    for (const Place &p : existing.places)
        places.insert(p.id, &p);
    QHash<QString, QList<Id>> placesByPath, areasByName;
    for (const Place &p : existing.places) {
        if (!p.isArea())
            continue;
        placesByPath[pathKey(LedgerColumns::placePath(places, p.id))].append(p.id);
        areasByName[fold(p.name)].append(p.id);
    }
    QHash<QString, QList<Id>> systemsByName;
    QSet<QString> existingNumbers;
    for (const Asset &a : existing.assets) {
        existingNumbers.insert(a.number);
        if (a.kind == AssetKind::InformationSystem) {
            systemsByName[fold(a.name)].append(a.id);
            systemsByName[fold(a.number)].append(a.id);
        }
    }
    const QHash<QString, int> kindLabels = enumLabels<AssetKind, AssetKindCount>();
    const QHash<QString, int> segmentLabels = enumLabels<NetworkSegment, NetworkSegmentCount>();
    const QHash<QString, int> provisionLabels = enumLabels<Provision, 2>();
    const QHash<QString, int> statusLabels = enumLabels<AssetStatus, 2>();
    // Systems among the file's own rows (by name or number), found in a first pass.
    const int nameCol = int(r.columnKeys.indexOf(QStringLiteral("name")));
    const int numberCol = int(r.columnKeys.indexOf(QStringLiteral("number")));
    const int kindCol = int(r.columnKeys.indexOf(QStringLiteral("kind")));
    QHash<QString, QList<int>> fileSystems; // folded name/number → position in r.assets
    {
        int position = 0;
        for (int i = r.headerRow; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            bool blank = true;
            for (const QString &c : row)
                blank = blank && c.trimmed().isEmpty();
            if (blank)
                continue;
            if (kindCol >= 0 && kindCol < row.size()) {
                const auto kind = findEnum<AssetKind, AssetKindCount>(row.at(kindCol), kindLabels, &Enums::assetKindFromId, &japaneseEnumWords());
                if (kind == AssetKind::InformationSystem) {
                    if (nameCol >= 0 && nameCol < row.size())
                        fileSystems[fold(row.at(nameCol))].append(position);
                    if (numberCol >= 0 && numberCol < row.size() && !row.at(numberCol).trimmed().isEmpty())
                        fileSystems[fold(row.at(numberCol))].append(position);
                }
            }
            ++position;
        }
    }

    // What createMissing adds: ids above the register's own.
    Id nextDepartmentId = 1, nextPersonId = 1;
    QSet<QString> departmentCodes;
    for (const Department &d : existing.departments) {
        nextDepartmentId = std::max(nextDepartmentId, d.id + 1);
        departmentCodes.insert(d.code);
    }
    for (const Person &p : existing.people)
        nextPersonId = std::max(nextPersonId, p.id + 1);
    auto newDepartment = [&](const QString &name) -> Id {
        Department d;
        d.id = nextDepartmentId++;
        d.name = name;
        d.parentId = defaultDepartment;
        // A cell holding a code (「0130」) gives the new department that code; the name can
        // be corrected in 所属の管理 afterwards.
        static const QRegularExpression codeLike(QStringLiteral("^[A-Za-z0-9_-]*[0-9][A-Za-z0-9_-]*$"));
        if (codeLike.match(name).hasMatch() && name.size() <= Validation::MaxDepartmentCodeLength
            && !departmentCodes.contains(name))
            d.code = name;
        for (int n = int(r.newDepartments.size()) + 1; d.code.isEmpty(); ++n) {
            const QString code = QStringLiteral("NEW-%1").arg(n, 3, 10, QLatin1Char('0'));
            if (!departmentCodes.contains(code))
                d.code = code;
        }
        departmentCodes.insert(d.code);
        departmentsByName[fold(name)].append(d.id);
        r.newDepartments.append(d);
        return d.id;
    };
    auto newPerson = [&](const QString &name, Id departmentId) -> Id {
        Person p;
        p.id = nextPersonId++;
        p.name = name;
        p.departmentId = departmentId;
        peopleByName[fold(name)].append(p.id);
        personDepartment.insert(p.id, departmentId);
        r.newPeople.append(p);
        return p.id;
    };
    // numberMissing: continue the numbering of the register and the file (the prefix and width
    // of the highest number), skipping numbers the file itself uses.
    QSet<QString> numbersOfFile;
    if (options.numberMissing && numberCol >= 0) {
        for (int i = r.headerRow; i < rows.size(); ++i) {
            if (numberCol < rows.at(i).size() && !rows.at(i).at(numberCol).trimmed().isEmpty())
                numbersOfFile.insert(rows.at(i).at(numberCol).trimmed());
        }
    }
    QString numberPrefix = QStringLiteral("IA-");
    int numberWidth = 5;
    qint64 lastNumber = 0;
    if (options.numberMissing) {
        static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
        QString highest; // of equal numbers, the greatest text, so that the choice does not depend on hashing
        auto consider = [&](const QString &number) {
            const QRegularExpressionMatch m = numbered.match(number);
            if (!m.hasMatch() || m.capturedView(2).size() > 15)
                return;
            const qint64 n = m.capturedView(2).toLongLong();
            if (n > lastNumber || (n == lastNumber && number > highest)) {
                highest = number;
                numberPrefix = m.captured(1);
                numberWidth = int(m.capturedView(2).size());
                lastNumber = m.capturedView(2).toLongLong();
            }
        };
        for (const QString &n : std::as_const(existingNumbers))
            consider(n);
        for (const QString &n : std::as_const(numbersOfFile))
            consider(n);
    }
    auto nextNumber = [&] {
        QString number;
        do {
            number = numberPrefix + QStringLiteral("%1").arg(++lastNumber, numberWidth, 10, QLatin1Char('0'));
        } while (existingNumbers.contains(number) || numbersOfFile.contains(number));
        return number;
    };

    QHash<QString, QString> pathKeys;
    auto findPlace = [&](const QString &value) -> QList<Id> {
        auto key = pathKeys.constFind(value); // every row names the same few places
        if (key == pathKeys.cend())
            key = pathKeys.insert(value, pathKey(value));
        const QList<Id> byPath = placesByPath.value(*key);
        return byPath.isEmpty() ? areasByName.value(fold(value)) : byPath;
    };

    QHash<QString, int> numbersInFile;
    QHash<QString, QDate> dates;
    QHash<QString, QStringList> restrictionLists;
    r.assets.reserve(rows.size() - r.headerRow);
    r.systemRows.reserve(rows.size() - r.headerRow);
    QList<In> fields; // per column
    QHash<QString, int> columnOfKey;
    for (int c = 0; c < r.columnKeys.size(); ++c) {
        fields.append(inOf(r.columnKeys.at(c)));
        columnOfKey.insert(r.columnKeys.at(c), c);
    }
    for (int i = r.headerRow; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        const int rowNo = i + 1;
        bool blank = true;
        for (const QString &c : row)
            blank = blank && c.trimmed().isEmpty();
        if (blank)
            continue;
        Asset a;
        int systemRow = -1;
        int managerCol = -1;
        QStringList extraNotes;
        for (int c = 0; c < row.size(); ++c) {
            const QString raw = row.at(c);
            const QString value = raw.trimmed();
            if (c >= r.columnKeys.size()) {
                if (!value.isEmpty())
                    problem(rowNo, c, raw, tr("A value outside the columns of the header."));
                continue;
            }
            const QString &key = r.columnKeys.at(c);
            const In field = fields.at(c);
            if (key == QLatin1String("-"))
                continue;
            if (key.isEmpty()) {
                if (value.isEmpty())
                    continue;
                if (headers.at(c).trimmed().isEmpty())
                    problem(rowNo, c, raw, tr("A value in a column without a header."));
                else if (options.unknownColumnsToNotes)
                    extraNotes.append(QStringLiteral("%1: %2").arg(headers.at(c).simplified(), value));
                continue;
            }
            auto bad = [&](const QString &reason) { problem(rowNo, c, raw, reason); };
            auto flag = [&](bool &target) {
                if (const auto f = parseFlag(value))
                    target = *f;
                else
                    bad(tr("Not a yes/no value: use 〇 (or 有, 1) for yes and leave it empty (or 無, 0) for no."));
            };
            auto date = [&](QDate &target) {
                if (value.isEmpty())
                    return;
                auto known = dates.constFind(value); // a ledger repeats a few hundred dates
                if (known == dates.cend())
                    known = dates.insert(value, Wareki::parse(value));
                target = *known;
                // An Excel date whose format was lost (LibreOffice drops [$-ja-JP] 和暦 formats)
                // arrives as its serial number: 1 = 1900-01-01, with Excel's 1900-02-29.
                static const QRegularExpression serial(QStringLiteral("^[1-9][0-9]{4}(\\.[0-9]+)?$"));
                if (!target.isValid() && serial.match(value).hasMatch())
                    target = QDate(1899, 12, 30).addDays(qint64(value.toDouble()));
                if (!target.isValid())
                    bad(tr("Not a date: write it as R7.4.1, 令和7年4月1日, 2025/4/1 or 2025-04-01."));
            };
            auto place = [&](Id &target) {
                if (value.isEmpty())
                    return;
                const QList<Id> found = findPlace(value);
                if (found.size() == 1)
                    target = found.first();
                else
                    bad(found.isEmpty() ? tr("No area of the register has this name or path.")
                                        : tr("Several areas have this name; give the path (本庁舎＞3階＞執務室)."));
            };
            if (field == In::number) {
                a.number = value;
            } else if (field == In::departmentId) {
                if (value.isEmpty())
                    continue;
                Id id = departmentsByCode.value(fold(value));
                if (!id) {
                    const QList<Id> byName = departmentsByName.value(fold(value));
                    if (byName.size() > 1) {
                        bad(tr("Several departments have this name; give the department code."));
                        continue;
                    }
                    id = byName.value(0);
                }
                if (!id && options.createMissing) {
                    id = newDepartment(value);
                    if (!allowedDepartments.isEmpty())
                        allowedDepartments.insert(id);
                    for (const FieldIssue &issue : Validation::validate(r.newDepartments.last()))
                        bad(issue.message);
                }
                if (!id)
                    bad(tr("No department has this code or name."));
                else if (!allowedDepartments.isEmpty() && !allowedDepartments.contains(id))
                    bad(tr("This department is not %1 or under it.").arg(options.departmentCode));
                else
                    a.departmentId = id;
            } else if (field == In::businessCategory) {
                a.businessCategory = value;
            } else if (field == In::name) {
                a.name = value;
            } else if (field == In::kind) {
                if (value.isEmpty())
                    continue;
                if (const auto k = findEnum<AssetKind, AssetKindCount>(value, kindLabels, &Enums::assetKindFromId, &japaneseEnumWords()))
                    a.kind = *k;
                else
                    bad(tr("Unknown kind of asset."));
            } else if (field == In::systemId) {
                if (value.isEmpty())
                    continue;
                const QList<Id> found = systemsByName.value(fold(value));
                const QList<int> inFile = fileSystems.value(fold(value));
                if (found.size() + inFile.size() == 1) {
                    if (found.size() == 1)
                        a.systemId = found.first();
                    else
                        systemRow = inFile.first();
                } else {
                    bad(found.isEmpty() && inFile.isEmpty()
                            ? tr("No information system has this name or management number.")
                            : tr("Several information systems have this name; give the management number."));
                }
            } else if (field == In::segment) {
                if (value.isEmpty())
                    continue;
                if (const auto s = findEnum<NetworkSegment, NetworkSegmentCount>(value, segmentLabels, &Enums::segmentFromId, &japaneseSegmentWords()))
                    a.segment = *s;
                else
                    bad(tr("Unknown network segment."));
            } else if (field == In::userScope) {
                a.userScope = value;
            } else if (field == In::managerId) {
                managerCol = c; // resolved below, once the department is known
            } else if (field == In::medium) {
                a.medium = value;
            } else if (field == In::personalInfo) {
                flag(a.personalInfo);
            } else if (field == In::sensitivePersonalInfo) {
                flag(a.sensitivePersonalInfo);
            } else if (field == In::myNumber) {
                flag(a.myNumber);
            } else if (field == In::subjectCount) {
                if (value.isEmpty())
                    continue;
                QString digits = value.normalized(QString::NormalizationForm_KC);
                static const QRegularExpression noise(QStringLiteral("[,\\s約人件名]"));
                digits.remove(noise);
                bool ok = false;
                const int n = digits.toInt(&ok);
                if (ok && n >= 0)
                    a.subjectCount = n;
                else
                    bad(tr("Not a number of people."));
            } else if (field == In::confidentiality || field == In::integrity
                       || field == In::availability) {
                if (value.isEmpty())
                    continue;
                const QString axisId = field == In::confidentiality ? QStringLiteral("C")
                                     : field == In::integrity      ? QStringLiteral("I")
                                                                              : QStringLiteral("A");
                const SchemeAxis *axis = scheme.axis(axisId);
                const SchemeLevel *level = axis ? findLevel(axis->levels, value) : nullptr;
                if (level) {
                    a.setAxisValue(axisId, level->id);
                } else {
                    QStringList labels;
                    if (axis) {
                        for (const SchemeLevel &l : axis->levels)
                            labels.append(l.label.text());
                    }
                    bad(tr("Not a level of this register's scheme. The levels are: %1").arg(labels.join(QStringLiteral(", "))));
                }
            } else if (field == In::importance) {
                if (value.isEmpty())
                    continue;
                if (const SchemeLevel *level = findLevel(scheme.importanceLevels(), value))
                    a.importance = level->id;
                else
                    bad(tr("Not an importance level of this register's scheme."));
            } else if (field == In::restrictions) {
                auto known = restrictionLists.constFind(value); // a ledger repeats a few lists
                if (known == restrictionLists.cend()) {
                    static const QRegularExpression separators(QStringLiteral("[,、，;；\\n]"));
                    QStringList parts;
                    for (const QString &part : value.split(separators)) {
                        if (!part.trimmed().isEmpty() && !parts.contains(part.trimmed()))
                            parts.append(part.trimmed());
                    }
                    known = restrictionLists.insert(value, parts);
                }
                if (a.restrictions.isEmpty()) {
                    a.restrictions = *known; // shared with the other rows that have this list
                } else {
                    for (const QString &part : *known) {
                        if (!a.restrictions.contains(part))
                            a.restrictions.append(part);
                    }
                }
            } else if (field == In::encrypted) {
                flag(a.encrypted);
            } else if (field == In::wireLocked) {
                flag(a.wireLocked);
            } else if (field == In::canRemoteOperate) {
                flag(a.canRemoteOperate);
            } else if (field == In::provision) {
                if (value.isEmpty())
                    continue;
                if (const auto p = findEnum<Provision, 2>(value, provisionLabels, &Enums::provisionFromId, &japaneseStatusWords(), 100))
                    a.provision = *p;
                else
                    bad(tr("Write 支給 (issued) or 私物 (private)."));
            } else if (field == In::retentionPeriod) {
                a.retentionPeriod = value;
            } else if (field == In::retentionUntil) {
                date(a.retentionUntil);
            } else if (field == In::registeredOn) {
                date(a.registeredOn);
            } else if (field == In::updatedOn) {
                date(a.updatedOn);
            } else if (field == In::updatedBy) {
                a.updatedBy = value;
            } else if (field == In::notes) {
                a.notes = raw.trimmed();
            } else if (field == In::status) {
                if (value.isEmpty())
                    continue;
                if (const auto s = findEnum<AssetStatus, 2>(value, statusLabels, &Enums::statusFromId, &japaneseStatusWords()))
                    a.status = *s;
                else
                    bad(tr("Unknown status."));
            } else if (field == In::usePlaceId) {
                place(a.usePlaceId);
            } else if (field == In::storePlaceId) {
                place(a.storePlaceId);
            }
        }
        if (!extraNotes.isEmpty()) {
            const QString extra = extraNotes.join(QLatin1Char('\n'));
            a.notes = a.notes.isEmpty() ? extra : a.notes + QLatin1Char('\n') + extra;
        }
        if (!a.departmentId)
            a.departmentId = defaultDepartment;
        if (managerCol >= 0 && !row.at(managerCol).trimmed().isEmpty()) {
            // By name; of namesakes, the one in the row's department.
            QList<Id> found = peopleByName.value(fold(row.at(managerCol)));
            if (found.size() > 1) {
                QList<Id> here;
                for (const Id id : std::as_const(found)) {
                    if (personDepartment.value(id) == a.departmentId)
                        here.append(id);
                }
                if (here.size() == 1)
                    found = here;
            }
            if (found.isEmpty() && options.createMissing && a.departmentId) {
                found.append(newPerson(row.at(managerCol).trimmed(), a.departmentId));
                for (const FieldIssue &issue : Validation::validate(r.newPeople.last()))
                    problem(rowNo, managerCol, row.at(managerCol), issue.message);
            }
            if (found.size() == 1)
                a.managerId = found.first();
            else
                problem(rowNo, managerCol, row.at(managerCol),
                        found.isEmpty() ? tr("No member of staff has this name.")
                                        : tr("Several members of staff of this department have this name."));
        }
        if (!a.departmentId)
            problem(rowNo, int(columnOfKey.value(QStringLiteral("departmentId"), -1)), {},
                    tr("The department is missing (give it in the file or with the import's department)."));
        if (a.number.isEmpty() && options.numberMissing) {
            a.number = nextNumber();
            ++r.numbered;
        }
        // 管理番号: unique in the register and in the file.
        if (!a.number.isEmpty()) {
            const int col = numberCol;
            if (existingNumbers.contains(a.number))
                problem(rowNo, col, a.number, tr("This management number is already in the register."));
            else if (numbersInFile.contains(a.number))
                problem(rowNo, col, a.number, tr("This management number is also on row %1.").arg(numbersInFile.value(a.number)));
            else
                numbersInFile.insert(a.number, rowNo);
        }
        for (const FieldIssue &issue : Validation::validate(a)) {
            const int col = int(columnOfKey.value(issue.field, -1));
            problem(rowNo, col, col >= 0 && col < row.size() ? row.at(col) : QString(), issue.message);
        }
        r.assets.append(std::move(a));
        r.systemRows.append(systemRow);
    }
    if (r.assets.isEmpty() && r.problems.isEmpty())
        r.problems.append({0, {}, {}, tr("The file has no rows below its header.")});
    return r;
}

} // namespace daicho
