// Diagnostics: every problem found in a file people edit, with where it is.
// Printed the way compilers print them, `path:line:col: error: message`, so
// editors and terminals can jump straight to the spot.
#pragma once

#include "game/base/message.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hearth {

// A place in a source file. Lines and columns count from 1; 0 means unknown.
struct SourcePos {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Error, Warning };

// One problem in one file.
struct Diagnostic {
    Severity severity = Severity::Error;
    SourcePos where;
    std::string message;
    // Set when the words are the catalogue's (a refusal, why a session could
    // not start): then `message` is empty and the engine renders `words`
    // (say(Diagnostic) in engine/words/words.hpp).
    std::optional<Message> words = std::nullopt;

    // `file:line:col: error: message`; line and column are left out when
    // unknown. A message from the catalogue appears in its machine form.
    std::string str() const;
};

// An error at `where`, for the one-off problems of a program's own files
// (a script it cannot read, a picture it cannot write).
Diagnostic file_error(SourcePos where, std::string message);

// Collects diagnostics in the order they were found and keeps a count of errors.
class Diagnostics {
public:
    void error(SourcePos where, std::string message);
    void warning(SourcePos where, std::string message);
    void add(Diagnostic d);

    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    const std::vector<Diagnostic>& all() const { return list_; }
    // Orders by file, line and column, keeping the found order for ties.
    void sort();

private:
    std::vector<Diagnostic> list_;
    int errors_ = 0;
};

} // namespace hearth
