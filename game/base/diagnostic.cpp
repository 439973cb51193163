#include "game/base/diagnostic.hpp"
#include "game/base/utf8.hpp"

#include <algorithm>
#include <tuple>

namespace hearth {

std::string Diagnostic::str() const {
    // The file's own bytes can be in a message (a name, a key): NUL bytes and
    // broken UTF-8 are shown escaped, never passed on to a terminal raw.
    std::string out = escaped_text(where.file);
    if (where.line > 0) {
        out += ':' + std::to_string(where.line);
        if (where.column > 0)
            out += ':' + std::to_string(where.column);
    }
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += escaped_text(words ? to_string(*words) : message);
    return out;
}

Diagnostic file_error(SourcePos where, std::string message) {
    return {Severity::Error, std::move(where), std::move(message), std::nullopt};
}

void Diagnostics::error(SourcePos where, std::string message) {
    add({Severity::Error, std::move(where), std::move(message), std::nullopt});
}

void Diagnostics::warning(SourcePos where, std::string message) {
    add({Severity::Warning, std::move(where), std::move(message), std::nullopt});
}

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::Error)
        ++errors_;
    list_.push_back(std::move(d));
}

void Diagnostics::sort() {
    std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
}

} // namespace hearth
