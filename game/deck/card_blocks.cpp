#include "game/deck/card_blocks.hpp"

#include "game/base/utf8.hpp"
#include "game/deck/detail/toml_nesting.hpp"

#include <toml++/toml.h>

#include <algorithm>

namespace hearth {
namespace {

// Offsets of the start of each line, so positions convert quickly.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : text_(text) {
        starts_.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                starts_.push_back(i + 1);
    }

    std::size_t offset(const toml::source_position& p) const {
        return offset(static_cast<int>(p.line), static_cast<int>(p.column));
    }
    std::size_t offset(int line, int column) const {
        if (line < 1)
            return 0;
        if (static_cast<std::size_t>(line) > starts_.size())
            return text_.size();
        std::size_t i = starts_[static_cast<std::size_t>(line) - 1];
        for (int c = 1; c < column && i < text_.size() && text_[i] != '\n'; ++c)
            utf8_next(text_, i);
        return i;
    }
    std::size_t line_begin(std::size_t at) const {
        auto it = std::upper_bound(starts_.begin(), starts_.end(), at);
        return *(it - 1);
    }
    // One past the newline that ends the line holding `at`.
    std::size_t line_end(std::size_t at) const {
        std::size_t nl = text_.find('\n', at);
        return nl == std::string_view::npos ? text_.size() : nl + 1;
    }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

} // namespace

const KeySpan* CardBlock::find(std::string_view key) const {
    for (const KeySpan& k : keys)
        if (k.key == key)
            return &k;
    return nullptr;
}

std::optional<std::vector<CardBlock>> find_card_blocks(std::string_view text) {
    toml::table doc;
    if (detail::too_deep_nesting(text))
        return std::nullopt;
    try {
        doc = toml::parse(text);
    } catch (const toml::parse_error&) {
        return std::nullopt;
    }
    const toml::array* cards = doc["cards"].as_array();
    if (!cards)
        return std::nullopt;
    LineIndex lines(text);
    std::vector<CardBlock> blocks;
    for (const toml::node& e : *cards) {
        const toml::table* t = e.as_table();
        if (!t)
            return std::nullopt;
        CardBlock b;
        b.is_inline = t->is_inline();
        b.where = {"", static_cast<int>(t->source().begin.line),
                   static_cast<int>(t->source().begin.column)};
        b.begin = lines.offset(t->source().begin);
        b.body = b.is_inline ? b.begin : lines.line_end(b.begin);
        b.end = b.body;
        for (auto&& [k, v] : *t) {
            KeySpan s;
            s.key = std::string(k.str());
            s.line_begin = lines.line_begin(lines.offset(k.source().begin));
            s.value_begin = lines.offset(v.source().begin);
            s.value_end = lines.offset(v.source().end);
            s.line_end = lines.line_end(s.value_end == 0 ? 0 : s.value_end - 1);
            b.end = std::max(b.end, s.line_end);
            b.keys.push_back(std::move(s));
        }
        // toml++ keeps keys sorted by name; editing wants them as written.
        std::sort(b.keys.begin(), b.keys.end(),
                  [](const KeySpan& x, const KeySpan& y) { return x.value_begin < y.value_begin; });
        blocks.push_back(std::move(b));
    }
    return blocks;
}

} // namespace hearth
