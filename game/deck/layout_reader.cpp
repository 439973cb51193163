// A type's or card's `layout`: where its art goes, how its text is ranged,
// and the text's size in points (fixed, or a range the fit picks from).
#include "game/deck/detail/layout_reader.hpp"

#include "game/deck/deck_keys.hpp"

namespace hearth::detail {
namespace {

using namespace deck_keys;

const std::string kSizeRange = std::to_string(kTextPtLeast) + " to " + std::to_string(kTextPtMost);

// One size in points, range-checked; nullopt (reported) otherwise.
std::optional<int> points(Reader& r, const toml::node& n, const std::string& what) {
    const auto* v = n.as_integer();
    if (!v) {
        r.error(r.at(n), what + " must be a whole number of points, not " + type_name(n.type()));
        return std::nullopt;
    }
    if (v->get() < kTextPtLeast || v->get() > kTextPtMost) {
        r.error(r.at(n), what + " is " + std::to_string(v->get()) + " points; a card's text is " +
                             kSizeRange + " points");
        return std::nullopt;
    }
    return static_cast<int>(v->get());
}

void read_text_size(Reader& r, const toml::node& n, FaceLayout& layout, const std::string& in) {
    const std::string what = "'text_size' of " + in;
    if (const toml::array* a = n.as_array()) {
        if (a->size() != 2) {
            r.error(r.at(n), what + " is one size, or two as [smallest, largest]; it has " +
                                 std::to_string(a->size()));
            return;
        }
        auto lo = points(r, *a->get(0), what);
        auto hi = points(r, *a->get(1), what);
        if (!lo || !hi)
            return;
        if (*lo > *hi) {
            r.error(r.at(n), what + " goes from " + std::to_string(*lo) + " down to " +
                                 std::to_string(*hi) + ": write the smaller size first");
            return;
        }
        layout.text_pt_min = *lo;
        layout.text_pt_max = *hi;
        return;
    }
    if (auto pt = points(r, n, what)) {
        layout.text_pt_min = *pt;
        layout.text_pt_max = *pt;
    }
}

} // namespace

FaceLayout read_layout(Reader& r, const toml::table& t, const std::string& in) {
    FaceLayout layout;
    const toml::node* n = r.get(t, "layout", toml::node_type::table, in, false);
    if (!n)
        return layout;
    const toml::table& lt = *n->as_table();
    const std::string lin = "'layout' of " + in;
    r.check_keys(lt, kLayoutKeys, lin);
    if (const toml::node* a = lt.get("art"))
        layout.art = r.choice(*a, kArtPlaces, "layout art");
    if (const toml::node* a = lt.get("text_align"))
        layout.align = r.choice(*a, kBodyAligns, "text alignment");
    if (const toml::node* s = lt.get("text_size"))
        read_text_size(r, *s, layout, in);
    return layout;
}

} // namespace hearth::detail
