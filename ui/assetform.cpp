#include "ui/assetform.h"

#include "core/enums.h"
#include "core/exceptions.h"
#include "core/findings.h"
#include "core/wareki.h"
#include "ui/assetfields.h"
#include "ui/commands/editassetcommand.h"
#include "ui/document.h"
#include "ui/placetreemodel.h"
#include "ui/warekidateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace daicho {

namespace {

/// Selects the entry with `value` without emitting activated().
void selectData(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker blocker(combo);
    const int i = combo->findData(value);
    combo->setCurrentIndex(i);
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

/// The areas of the register in the order of the place tree (depth first, id order).
QList<Id> areasInTreeOrder(const Document &document)
{
    QHash<Id, QList<Id>> children;
    QList<Id> roots;
    for (const Place &p : document.places()) {
        if (p.parentId && document.place(p.parentId))
            children[p.parentId].append(p.id);
        else
            roots.append(p.id);
    }
    QList<Id> out;
    QSet<Id> seen;
    std::function<void(Id)> visit = [&](Id id) {
        if (seen.contains(id))
            return;
        seen.insert(id);
        if (const Place *p = document.place(id); p && p->isArea())
            out.append(id);
        for (Id child : children.value(id))
            visit(child);
    };
    for (Id id : std::as_const(roots))
        visit(id);
    return out;
}

} // namespace

AssetForm::AssetForm(QWidget *parent)
    : QWidget(parent),
      mNumber(new QLineEdit),
      mDepartment(new QComboBox),
      mBusinessCategory(new QLineEdit),
      mName(new QLineEdit),
      mKind(new QComboBox),
      mSystem(new QComboBox),
      mSegment(new QComboBox),
      mUserScope(new QLineEdit),
      mManager(new QComboBox),
      mMedium(new QLineEdit),
      mUsePlace(new QComboBox),
      mStorePlace(new QComboBox),
      mPersonal(new QCheckBox),
      mSensitive(new QCheckBox),
      mMyNumber(new QCheckBox),
      mSubjectCount(new QSpinBox),
      mRestrictions(new QLineEdit),
      mEncrypted(new QCheckBox),
      mWireLocked(new QCheckBox),
      mRemote(new QCheckBox),
      mProvision(new QComboBox),
      mRetentionPeriod(new QComboBox),
      mRetentionUntil(new WarekiDateEdit),
      mRegisteredOn(new WarekiDateEdit),
      mUpdated(new QLabel),
      mNotes(new QPlainTextEdit),
      mStatus(new QComboBox)
{
    mNumber->setObjectName(QStringLiteral("numberEdit"));
    mName->setObjectName(QStringLiteral("nameEdit"));
    mDepartment->setObjectName(QStringLiteral("departmentCombo"));
    mUsePlace->setObjectName(QStringLiteral("usePlaceCombo"));
    mStorePlace->setObjectName(QStringLiteral("storePlaceCombo"));
    // Paths are long: in the list, keep the end (the area's own name) visible.
    for (QComboBox *combo : {mUsePlace, mStorePlace})
        combo->view()->setTextElideMode(Qt::ElideLeft);
    mSubjectCount->setRange(-1, 999999999);
    mSubjectCount->setGroupSeparatorShown(true);
    mRetentionPeriod->setEditable(true);
    mRetentionPeriod->addItems(AssetFields::retentionPeriodSuggestions());
    mNotes->setTabChangesFocus(true);
    mNotes->setMaximumHeight(90);
    mNotes->installEventFilter(this);
    // Narrow enough for the dock: long entries are elided, not widening the panel.
    for (QComboBox *combo : {mDepartment, mKind, mSystem, mSegment, mManager, mUsePlace, mStorePlace, mProvision,
                             mRetentionPeriod, mStatus}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    build();
    retranslate();
    setEnabled(false);
}

void AssetForm::build()
{
    mLayout = new QFormLayout(this);
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addRow(QStringLiteral("number"), mNumber);
    addRow(QStringLiteral("departmentId"), mDepartment);
    addRow(QStringLiteral("businessCategory"), mBusinessCategory);
    addRow(QStringLiteral("name"), mName);
    addRow(QStringLiteral("kind"), mKind);
    addRow(QStringLiteral("systemId"), mSystem);
    addRow(QStringLiteral("segment"), mSegment);
    addRow(QStringLiteral("userScope"), mUserScope);
    addRow(QStringLiteral("managerId"), mManager);
    addRow(QStringLiteral("medium"), mMedium);
    addRow(QStringLiteral("usePlaceId"), mUsePlace);
    addRow(QStringLiteral("storePlaceId"), mStorePlace);
    auto *personal = new QWidget;
    auto *personalLayout = new QVBoxLayout(personal);
    personalLayout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : {mPersonal, mSensitive, mMyNumber})
        personalLayout->addWidget(box);
    addRow(QStringLiteral("personalInfo"), personal);
    addRow(QStringLiteral("subjectCount"), mSubjectCount);
    addRow(QStringLiteral("restrictions"), mRestrictions);
    auto *device = new QWidget;
    auto *deviceLayout = new QVBoxLayout(device);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : {mEncrypted, mWireLocked, mRemote})
        deviceLayout->addWidget(box);
    addRow(QStringLiteral("encrypted"), device);
    addRow(QStringLiteral("provision"), mProvision);
    addRow(QStringLiteral("retentionPeriod"), mRetentionPeriod);
    addRow(QStringLiteral("retentionUntil"), mRetentionUntil);
    addRow(QStringLiteral("registeredOn"), mRegisteredOn);
    addRow(QStringLiteral("updatedOn"), mUpdated);
    addRow(QStringLiteral("notes"), mNotes);
    addRow(QStringLiteral("status"), mStatus);

    // Text fields commit when editing is finished (Return or leaving the field).
    auto text = [this](QLineEdit *edit, const char *field, QString Asset::*member, bool trim = true) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, member, trim] {
            const QString value = trim ? edit->text().trimmed() : edit->text();
            commit(QLatin1String(field), [&](Asset &a) { a.*member = value; });
        });
    };
    text(mNumber, "number", &Asset::number);
    text(mBusinessCategory, "businessCategory", &Asset::businessCategory);
    text(mName, "name", &Asset::name);
    text(mUserScope, "userScope", &Asset::userScope);
    text(mMedium, "medium", &Asset::medium);
    connect(mRestrictions, &QLineEdit::editingFinished, this, [this] {
        const QStringList items = AssetFields::splitList(mRestrictions->text());
        commit(QStringLiteral("restrictions"), [&](Asset &a) { a.restrictions = items; });
    });
    connect(mRetentionPeriod->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString value = mRetentionPeriod->currentText().trimmed();
        commit(QStringLiteral("retentionPeriod"), [&](Asset &a) { a.retentionPeriod = value; });
    });
    connect(mRetentionPeriod, &QComboBox::activated, this, [this] {
        const QString value = mRetentionPeriod->currentText().trimmed();
        commit(QStringLiteral("retentionPeriod"), [&](Asset &a) { a.retentionPeriod = value; });
    });

    auto id = [this](QComboBox *combo, const char *field, Id Asset::*member) {
        connect(combo, &QComboBox::activated, this, [this, combo, field, member] {
            const Id value = combo->currentData().toLongLong();
            commit(QLatin1String(field), [&](Asset &a) { a.*member = value; });
        });
    };
    id(mDepartment, "departmentId", &Asset::departmentId);
    id(mSystem, "systemId", &Asset::systemId);
    id(mManager, "managerId", &Asset::managerId);
    id(mUsePlace, "usePlaceId", &Asset::usePlaceId);
    id(mStorePlace, "storePlaceId", &Asset::storePlaceId);
    connect(mKind, &QComboBox::activated, this, [this] {
        const auto v = AssetKind(mKind->currentData().toInt());
        commit(QStringLiteral("kind"), [&](Asset &a) { a.kind = v; });
    });
    connect(mSegment, &QComboBox::activated, this, [this] {
        const auto v = NetworkSegment(mSegment->currentData().toInt());
        commit(QStringLiteral("segment"), [&](Asset &a) { a.segment = v; });
    });
    connect(mProvision, &QComboBox::activated, this, [this] {
        const auto v = Provision(mProvision->currentData().toInt());
        commit(QStringLiteral("provision"), [&](Asset &a) { a.provision = v; });
    });
    connect(mStatus, &QComboBox::activated, this, [this] {
        const auto v = AssetStatus(mStatus->currentData().toInt());
        commit(QStringLiteral("status"), [&](Asset &a) { a.status = v; });
    });

    auto flag = [this](QCheckBox *box, const char *field, bool Asset::*member) {
        connect(box, &QCheckBox::clicked, this, [this, field, member](bool on) {
            commit(QLatin1String(field), [&](Asset &a) { a.*member = on; });
        });
    };
    flag(mPersonal, "personalInfo", &Asset::personalInfo);
    flag(mSensitive, "sensitivePersonalInfo", &Asset::sensitivePersonalInfo);
    flag(mMyNumber, "myNumber", &Asset::myNumber);
    flag(mEncrypted, "encrypted", &Asset::encrypted);
    flag(mWireLocked, "wireLocked", &Asset::wireLocked);
    flag(mRemote, "canRemoteOperate", &Asset::canRemoteOperate);

    connect(mSubjectCount, &QSpinBox::editingFinished, this, [this] {
        const int v = mSubjectCount->value();
        commit(QStringLiteral("subjectCount"), [&](Asset &a) { a.subjectCount = v; });
    });
    auto date = [this](WarekiDateEdit *edit, const char *field, QDate Asset::*member) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, field, member] {
            if (!edit->isAcceptable()) {
                setMessage(QLatin1String(field), WarekiDateEdit::notADateMessage(edit->text()));
                return;
            }
            const QDate value = edit->date();
            commit(QLatin1String(field), [&](Asset &a) { a.*member = value; });
        });
    };
    date(mRetentionUntil, "retentionUntil", &Asset::retentionUntil);
    date(mRegisteredOn, "registeredOn", &Asset::registeredOn);
}

void AssetForm::addRow(const QString &field, QWidget *editor)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    auto *message = new QLabel;
    message->setObjectName(field + QStringLiteral("Message"));
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("color: #c00000;"));
    message->hide();
    layout->addWidget(message);
    auto *label = new QLabel;
    label->setBuddy(editor);
    mLayout->addRow(label, box);
    mRows.insert(field, {label, editor, message});
}

AssetForm::~AssetForm()
{
    // The editors die after this body, and focus moves among them as they go: their focus-out
    // (editingFinished, the notes' filter) must not reach a half-destroyed form.
    mNotes->removeEventFilter(this);
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
}

void AssetForm::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mId = 0;
    if (mDocument) {
        connect(mDocument, &Document::assetChanged, this, [this](int row) {
            if (mId && mDocument->assetAt(row).id == mId)
                refresh();
        });
        connect(mDocument, &Document::assetRemoved, this, [this] {
            if (mId && !mDocument->asset(mId))
                setAsset(0);
        });
        connect(mDocument, &Document::departmentsChanged, this, &AssetForm::refresh);
        connect(mDocument, &Document::peopleChanged, this, &AssetForm::refresh);
        connect(mDocument, &Document::placesChanged, this, &AssetForm::refresh);
    }
    refresh();
}

void AssetForm::setAsset(Id id)
{
    if (id == mId)
        return;
    mId = id;
    for (const Row &row : std::as_const(mRows))
        row.message->hide();
    refresh();
}

QString AssetForm::message(const QString &field) const
{
    const auto it = mRows.constFind(field);
    return it != mRows.cend() && !it->message->isHidden() ? it->message->text() : QString();
}

void AssetForm::fillChoices()
{
    const QSignalBlocker b1(mDepartment), b2(mManager), b3(mSystem), b4(mKind), b5(mSegment), b6(mProvision),
        b7(mStatus);
    mDepartment->clear();
    mManager->clear();
    mSystem->clear();
    mKind->clear();
    mSegment->clear();
    mProvision->clear();
    mStatus->clear();
    for (int i = 0; i < AssetKindCount; ++i)
        mKind->addItem(Enums::label(AssetKind(i)), i);
    for (int i = 0; i < NetworkSegmentCount; ++i)
        mSegment->addItem(Enums::label(NetworkSegment(i)), i);
    for (Provision p : {Provision::Issued, Provision::Private})
        mProvision->addItem(Enums::label(p), int(p));
    for (AssetStatus s : {AssetStatus::Active, AssetStatus::Disposed})
        mStatus->addItem(Enums::label(s), int(s));
    mManager->addItem(tr("Not set"), qlonglong(0));
    mSystem->addItem(tr("None (paper or standalone)"), qlonglong(0));
    if (!mDocument)
        return;
    for (const Department &d : mDocument->departments())
        mDepartment->addItem(d.code.isEmpty() ? d.name : d.code + u' ' + d.name, qlonglong(d.id));
    for (const Person &p : mDocument->people())
        mManager->addItem(p.name, qlonglong(p.id));
    for (Id id : mDocument->systemIds()) {
        if (id != mId)
            mSystem->addItem(mDocument->assetLabel(id), qlonglong(id));
    }
    fillPlaces();
}

void AssetForm::fillPlaces()
{
    const QSignalBlocker b1(mUsePlace), b2(mStorePlace);
    mUsePlace->clear();
    mStorePlace->clear();
    mUsePlace->addItem(tr("(Not set)"), qlonglong(0));
    mStorePlace->addItem(tr("(Same as the place of use)"), qlonglong(0));
    if (!mDocument)
        return;
    // With a single site, its name in front of every path is noise in a narrow dock.
    QString sitePrefix;
    int sites = 0;
    for (const Place &p : mDocument->places()) {
        if (p.kind == PlaceKind::Site && ++sites == 1)
            sitePrefix = mDocument->placePath(p.id) + FindingChecker::tr(" › ");
    }
    for (Id id : areasInTreeOrder(*mDocument)) {
        const Place *p = mDocument->place(id);
        const QString path = mDocument->placePath(id);
        const QString shown = sites == 1 && path.startsWith(sitePrefix) ? path.mid(sitePrefix.size()) : path;
        const QString text = QStringLiteral("%1  %2").arg(Enums::levelLabel(p->level), shown);
        for (QComboBox *combo : {mUsePlace, mStorePlace}) {
            combo->addItem(PlaceTreeModel::levelIcon(p->level), text, qlonglong(id));
            combo->setItemData(combo->count() - 1, path + u'\n' + PlaceTreeModel::levelDescription(p->level),
                               Qt::ToolTipRole);
        }
    }
}

QString AssetForm::placeHelp(bool use)
{
    return use ? tr("The area where the asset is used; the zone check compares its level with the minimum for use.")
               : tr("Where the asset is kept when not in use, e.g. a locked cabinet; not set means the place of use. "
                    "Storage is checked at the after-hours level.");
}

void AssetForm::refresh()
{
    const Asset *a = mDocument && mId ? mDocument->asset(mId) : nullptr;
    if (!a)
        mId = 0;
    setEnabled(a != nullptr);
    mLoading = true;
    fillChoices();
    const Asset empty;
    const Asset &v = a ? *a : empty;
    setTextKeepingCursor(mNumber, v.number);
    setTextKeepingCursor(mBusinessCategory, v.businessCategory);
    setTextKeepingCursor(mName, v.name);
    setTextKeepingCursor(mUserScope, v.userScope);
    setTextKeepingCursor(mMedium, v.medium);
    setTextKeepingCursor(mRestrictions, v.restrictions.join(AssetFields::listSeparator()));
    selectData(mDepartment, qlonglong(v.departmentId));
    selectData(mSystem, qlonglong(v.systemId));
    selectData(mManager, qlonglong(v.managerId));
    selectData(mUsePlace, qlonglong(v.usePlaceId));
    selectData(mStorePlace, qlonglong(v.storePlaceId));
    {
        // Only devices, media and paper are used and kept somewhere; a place left over from
        // another kind stays editable so that it can be cleared. (Disabled, not hidden: Qt 6.4's
        // QFormLayout writes out of bounds with hidden rows once a message label wraps.)
        const bool physical = Enums::isPhysical(v.kind);
        const bool placed = v.usePlaceId || v.storePlaceId;
        for (const char *field : {"usePlaceId", "storePlaceId"})
            mRows.value(QLatin1String(field)).editor->setEnabled(physical || placed);
        mUsePlace->setToolTip(v.usePlaceId ? mDocument->placePath(v.usePlaceId) + u'\n' + placeHelp(true)
                                           : placeHelp(true));
        mStorePlace->setToolTip(v.storePlaceId ? mDocument->placePath(v.storePlaceId) + u'\n' + placeHelp(false)
                                               : placeHelp(false));
    }
    selectData(mKind, int(v.kind));
    selectData(mSegment, int(v.segment));
    selectData(mProvision, int(v.provision));
    selectData(mStatus, int(v.status));
    mPersonal->setChecked(v.personalInfo);
    mSensitive->setChecked(v.sensitivePersonalInfo);
    mMyNumber->setChecked(v.myNumber);
    mEncrypted->setChecked(v.encrypted);
    mWireLocked->setChecked(v.wireLocked);
    mRemote->setChecked(v.canRemoteOperate);
    {
        const QSignalBlocker blocker(mSubjectCount);
        mSubjectCount->setValue(v.subjectCount);
    }
    mRetentionPeriod->setEditText(v.retentionPeriod);
    mRetentionUntil->setDate(v.retentionUntil);
    mRegisteredOn->setDate(v.registeredOn);
    if (!a)
        mUpdated->clear();
    else if (v.updatedBy.isEmpty())
        mUpdated->setText(Wareki::formatLong(v.updatedOn));
    else
        mUpdated->setText(tr("%1 by %2").arg(Wareki::formatLong(v.updatedOn), v.updatedBy));
    if (mNotes->toPlainText() != v.notes)
        mNotes->setPlainText(v.notes);
    mLoading = false;
    // Problems the stored row already has (e.g. from an import) are shown too.
    showIssues(a ? Validation::validate(*a) : QList<FieldIssue>());
}

void AssetForm::commit(const QString &field, const std::function<void(Asset &)> &change)
{
    if (mLoading || !mDocument || !mId)
        return;
    const Asset *current = mDocument->asset(mId);
    if (!current)
        return;
    Asset after = *current;
    change(after);
    if (after == *current) {
        setMessage(field, QString());
        return;
    }
    const QList<FieldIssue> issues = EditAssetCommand::problems(*mDocument, *current, after);
    if (!issues.isEmpty()) {
        showIssues(issues, field);
        return;
    }
    try {
        mDocument->execute(new EditAssetCommand(mDocument, after, field)); // can throw
        setMessage(field, QString());
    } catch (const Exception &e) {
        setMessage(field, e.message());
    }
}

void AssetForm::showIssues(const QList<FieldIssue> &issues, const QString &clearField)
{
    QHash<QString, QStringList> byField;
    for (const FieldIssue &issue : issues)
        byField[issue.field].append(issue.message);
    if (!clearField.isEmpty() && !byField.contains(clearField))
        setMessage(clearField, QString());
    for (auto it = mRows.cbegin(); it != mRows.cend(); ++it) {
        if (clearField.isEmpty() || byField.contains(it.key()))
            setMessage(it.key(), byField.value(it.key()).join(QLatin1Char('\n')));
    }
    // Issues of fields without a row of their own (sensitivePersonalInfo …) go under the nearest one.
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        if (!mRows.contains(it.key()))
            setMessage(it.key() == QLatin1String("updatedOn") ? QStringLiteral("registeredOn")
                                                               : QStringLiteral("personalInfo"),
                       it.value().join(QLatin1Char('\n')));
    }
}

void AssetForm::setMessage(const QString &field, const QString &message)
{
    const auto it = mRows.constFind(field);
    if (it == mRows.cend())
        return;
    it->message->setText(message);
    it->message->setVisible(!message.isEmpty());
}

bool AssetForm::eventFilter(QObject *watched, QEvent *event)
{
    // The notes commit when they lose the focus (QPlainTextEdit has no editingFinished).
    if (watched == mNotes && event->type() == QEvent::FocusOut) {
        const QString value = mNotes->toPlainText();
        commit(QStringLiteral("notes"), [&](Asset &a) { a.notes = value; });
    }
    return QWidget::eventFilter(watched, event);
}

void AssetForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AssetForm::retranslate()
{
    const ClassificationScheme *scheme = mDocument ? &mDocument->scheme() : nullptr;
    for (auto it = mRows.cbegin(); it != mRows.cend(); ++it)
        it->label->setText(AssetFields::label(it.key(), scheme));
    mRows.value(QStringLiteral("encrypted")).label->setText(tr("Device"));
    mRows.value(QStringLiteral("updatedOn")).label->setText(tr("Last update"));
    mPersonal->setText(tr("Personal information"));
    mSensitive->setText(tr("Special care-required"));
    mMyNumber->setText(tr("My Number"));
    mEncrypted->setText(AssetFields::label(QStringLiteral("encrypted")));
    mWireLocked->setText(AssetFields::label(QStringLiteral("wireLocked")));
    mRemote->setText(AssetFields::label(QStringLiteral("canRemoteOperate")));
    // What each flag does to the zone check (domain.md §3.3).
    mEncrypted->setToolTip(tr("Encryption is advisable for PCs and media that store information of the highest "
                              "importance; without it the check gives a note. It does not relax the zone rules."));
    mWireLocked->setToolTip(tr("A PC or tablet fixed with an anti-theft wire counts as being in an L2 area (at least "
                               "L2) where it is used and kept."));
    mRemote->setToolTip(tr("A device that can operate servers remotely falls in the category REMOTE: by default it "
                           "must be used in L2 or higher and kept in L3 or higher."));
    mSubjectCount->setSpecialValueText(tr("Unknown"));
    mRestrictions->setPlaceholderText(tr("e.g. 複製禁止、配付禁止 (separate with 、 or commas)"));
    mRetentionPeriod->lineEdit()->setPlaceholderText(tr("e.g. 5年"));
    refresh();
}

} // namespace daicho
