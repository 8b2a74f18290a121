#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace daicho::test {

/// What a run of daicho-cli gave: its exit code (-1 if it crashed) and its output.
struct CliResult {
    int code = -1;
    QString out;
    QString err;
};

/// Runs daicho-cli as a user would, with no display and Japanese messages; `unset` names
/// more variables to remove from its environment, `set` adds or replaces some.
CliResult runCli(const QStringList &args, const QStringList &unset = {}, const QMap<QString, QString> &set = {});

/// A file's bytes; a test failure (and empty) when it cannot be read.
QByteArray readAll(const QString &path);

} // namespace daicho::test
