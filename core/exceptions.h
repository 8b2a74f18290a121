#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>

namespace daicho {

/// Base of every exception Daicho throws. The message is already translated
/// (tr() at the throw site), so the UI edge can show it as it is.
class Exception : public std::exception {
public:
    explicit Exception(QString message) : mMessage(std::move(message)), mUtf8(mMessage.toUtf8()) {}
    const QString &message() const noexcept { return mMessage; }
    const char *what() const noexcept override { return mUtf8.constData(); }

private:
    QString mMessage;
    QByteArray mUtf8;
};

/// A bug: a precondition the caller should have ensured.
class LogicError : public Exception {
public:
    using Exception::Exception;
};

/// Bad input, I/O or data problems the user can act on.
class RuntimeError : public Exception {
public:
    using Exception::Exception;
};

/// A value the user entered (or a file carried) is not acceptable.
class ValidationError : public RuntimeError {
public:
    using RuntimeError::RuntimeError;
};

/// A file could not be read, written or understood.
class FileError : public RuntimeError {
public:
    using RuntimeError::RuntimeError;
};

} // namespace daicho
