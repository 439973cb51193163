// Keys by name in the interface's language: "Ctrl+Shift+Z" -> "Strg+Umschalt+Z".
#pragma once

#include <string>
#include <string_view>

namespace hearth {

// `label` (a binding's, "Ctrl+S", "PageDown", "1 – 9") with each named key
// in the interface's language; letters, digits and symbols stay.
std::string key_name(std::string_view label);

} // namespace hearth
