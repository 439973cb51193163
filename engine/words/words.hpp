// The words people read: the English catalogue of every message the game
// names (game/base/message.hpp), and the one function that renders one.
// A later language adds a catalogue beside english.cpp; the game is untouched.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/base/message.hpp"
#include "game/session/session.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace hearth {

// The English template of `id`: words with `{name}` placeholders, each one an
// argument the id carries. Summary templates are Markdown.
std::string_view english(MessageId id);

// The placeholders of a template, in order: "{a} and {b}" -> {"a", "b"}.
std::vector<std::string> placeholders(std::string_view templ);

// How a text argument is written into the words (the summary escapes Markdown).
using ArgEscape = std::function<std::string(std::string_view)>;

// `m` in words: its template with every placeholder replaced by its argument
// (numbers in decimal, lists joined with ", ", a message argument in its own
// words). A placeholder without its argument stays as `{name}`.
std::string say(const Message& m, const ArgEscape& escape = {});
// The refusal in words: "the session is over".
std::string say(Refusal r);
// The diagnostic as printed, `file:line:col: error: words`, its words from the
// catalogue when it carries a message.
std::string say(const Diagnostic& d);

} // namespace hearth
