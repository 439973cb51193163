// "Did you mean ...?" for misspelt keys and ids.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace hearth {

// The candidate closest to `word` by edit distance, or "" when none is close
// enough to be a likely typo (distance at most a third of the word, min 1..3).
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);
std::string closest_match(std::string_view word, std::span<const std::string> candidates);

// ", did you mean 'x'?" or "" — appended to a diagnostic message.
std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates);
std::string did_you_mean(std::string_view word, std::span<const std::string> candidates);

} // namespace hearth
