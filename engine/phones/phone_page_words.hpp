// The phone page as "/" serves it: phone.html with its fixed sentences
// already in the table's language, so the join form a phone first sees
// speaks it. Pure text work, no sockets; docs/phones.md.
#pragma once

#include "engine/words/phone_words.hpp"

#include <string>
#include <string_view>

namespace hearth {

// `html` (phone.html) with `<html lang="en">` become the table's language
// and its words as JSON in a `data-words` attribute (the page reads them
// before it shows anything), and each `data-word` element's English text
// replaced by its words. Everything put in is escaped as HTML text or
// attribute, so no words (nor names filled in them) can add markup or
// script. `html` unchanged when the words hold no page words.
std::string phone_page_in(std::string_view html, const PhoneWords& words);

// `text` escaped for HTML text and quoted attributes: & < > " '.
std::string html_escaped(std::string_view text);

} // namespace hearth
