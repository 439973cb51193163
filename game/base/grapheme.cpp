// Grapheme clusters by ICU's break iterator (UAX #29, extended clusters):
// Hangul syllables, Indic conjuncts, emoji ZWJ sequences, flags and tags
// follow the Unicode rules of the ICU in use, not a hand-kept list.
#include "game/base/grapheme.hpp"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

namespace hearth {
namespace {

// One character break iterator per thread, pointed at each text in turn
// (opening one costs far more than a lookup).
class Breaker {
public:
    Breaker() {
        UErrorCode e = U_ZERO_ERROR;
        it_ = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &e);
        if (U_FAILURE(e))
            it_ = nullptr;
    }
    ~Breaker() {
        if (it_)
            ubrk_close(it_);
    }
    Breaker(const Breaker&) = delete;
    Breaker& operator=(const Breaker&) = delete;

    // Runs `f(iterator)` over `text`; offsets are UTF-8 byte offsets.
    template <class F> std::int32_t over(std::string_view text, F f) {
        UErrorCode e = U_ZERO_ERROR;
        UText ut = UTEXT_INITIALIZER;
        utext_openUTF8(&ut, text.data(), std::int64_t(text.size()), &e);
        ubrk_setUText(it_, &ut, &e);
        const std::int32_t out = U_FAILURE(e) ? UBRK_DONE : f(it_);
        utext_close(&ut);
        return out;
    }
    bool ok() const { return it_ != nullptr; }

private:
    UBreakIterator* it_ = nullptr;
};

Breaker& breaker() {
    thread_local Breaker b;
    return b;
}

} // namespace

bool is_grapheme_extender(char32_t cp) {
    const auto gcb = u_getIntPropertyValue(UChar32(cp), UCHAR_GRAPHEME_CLUSTER_BREAK);
    return gcb == U_GCB_EXTEND || gcb == U_GCB_ZWJ || gcb == U_GCB_SPACING_MARK;
}

std::size_t next_grapheme(std::string_view text, std::size_t pos) {
    if (pos >= text.size())
        return text.size();
    if (!breaker().ok())
        return pos + 1;
    const std::int32_t b = breaker().over(
        text, [pos](UBreakIterator* it) { return ubrk_following(it, std::int32_t(pos)); });
    return b == UBRK_DONE ? text.size() : std::size_t(b);
}

std::size_t prev_grapheme(std::string_view text, std::size_t pos) {
    if (pos > text.size())
        pos = text.size();
    if (pos == 0)
        return 0;
    if (!breaker().ok())
        return pos - 1;
    const std::int32_t b = breaker().over(
        text, [pos](UBreakIterator* it) { return ubrk_preceding(it, std::int32_t(pos)); });
    return b == UBRK_DONE ? 0 : std::size_t(b);
}

bool is_grapheme_boundary(std::string_view text, std::size_t pos) {
    if (pos == 0 || pos >= text.size())
        return pos <= text.size();
    if (!breaker().ok())
        return true;
    return breaker().over(text, [pos](UBreakIterator* it) {
        return std::int32_t(ubrk_isBoundary(it, std::int32_t(pos)));
    }) == 1;
}

} // namespace hearth
