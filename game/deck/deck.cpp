#include "game/deck/deck.hpp"

#include "game/deck/deck_keys.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace hearth {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

double linear(std::uint8_t channel) {
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Color c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

template <typename T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

} // namespace

std::optional<Color> parse_color(std::string_view text) {
    if (text.empty() || text[0] != '#')
        return std::nullopt;
    text.remove_prefix(1);
    std::vector<int> d;
    for (char c : text) {
        int v = hex_digit(c);
        if (v < 0)
            return std::nullopt;
        d.push_back(v);
    }
    auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(d[i] * 16 + d[i + 1]); };
    auto nibble = [&](std::size_t i) { return static_cast<std::uint8_t>(d[i] * 17); };
    switch (d.size()) {
    case 3:
        return Color{nibble(0), nibble(1), nibble(2), 255};
    case 6:
        return Color{byte(0), byte(2), byte(4), 255};
    case 8:
        return Color{byte(0), byte(2), byte(4), byte(6)};
    default:
        return std::nullopt;
    }
}

std::string format_color(Color c) {
    char buf[10];
    if (c.a == 255)
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    else
        std::snprintf(buf, sizeof buf, "#%02x%02x%02x%02x", c.r, c.g, c.b, c.a);
    return buf;
}

double contrast_ratio(Color a, Color b) {
    double la = luminance(a), lb = luminance(b);
    if (la < lb)
        std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

std::string_view to_string(TurnKind k) {
    switch (k) {
    case TurnKind::Draw:
        return "draw";
    case TurnKind::Prompt:
        return "prompt";
    case TurnKind::Discussion:
        return "discussion";
    case TurnKind::Choose:
        return "choose";
    case TurnKind::Do:
        return "do";
    }
    return "?";
}

std::string_view to_string(ChooseOthers o) {
    return o == ChooseOthers::Discard ? "discard" : "under";
}

std::string_view to_string(ArtPlace a) {
    for (const auto& [name, value] : deck_keys::kArtPlaces)
        if (value == a)
            return name;
    return "corner";
}

std::string_view to_string(BodyAlign a) {
    for (const auto& [name, value] : deck_keys::kBodyAligns)
        if (value == a)
            return name;
    return "auto";
}

std::string_view to_string(Speaking s) {
    switch (s) {
    case Speaking::Round:
        return "round";
    case Speaking::Popcorn:
        return "popcorn";
    case Speaking::Open:
        return "open";
    }
    return "?";
}

std::string_view to_string(MissionRule m) {
    switch (m) {
    case MissionRule::None:
        return "none";
    case MissionRule::Choose:
        return "choose";
    case MissionRule::Draw:
        return "draw";
    }
    return "?";
}

std::string_view to_string(WhenEmpty w) {
    return w == WhenEmpty::End ? "end" : "reshuffle";
}

std::string_view to_string(EndKind e) {
    switch (e) {
    case EndKind::Host:
        return "host";
    case EndKind::Rounds:
        return "rounds";
    case EndKind::Cards:
        return "cards";
    case EndKind::Minutes:
        return "minutes";
    }
    return "?";
}

std::string_view to_string(Advance a) {
    return a == Advance::Timer ? "timer" : "host";
}

std::string made_subtitle(std::string_view scale, int minutes) {
    std::string s(scale);
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s + " · " + std::to_string(minutes) + " min";
}

int Format::end_limit(EndKind kind) const {
    for (const EndRule& e : ends)
        if (e.kind == kind)
            return e.value;
    return end.kind == kind ? end.value : 0;
}

namespace {

bool has_tag(const Card& card, const std::string& tag) {
    return std::find(card.tags.begin(), card.tags.end(), tag) != card.tags.end();
}

} // namespace

bool matches(const Deck& deck, const DrawFilter& f, const Card& card) {
    if (f.types.empty()) {
        const CardType* t = deck.find_type(card.type);
        if (!t || t->blank)
            return false;
    } else if (std::find(f.types.begin(), f.types.end(), card.type) == f.types.end()) {
        return false;
    }
    if (!f.any_tags.empty() && std::none_of(f.any_tags.begin(), f.any_tags.end(),
                                            [&](const auto& t) { return has_tag(card, t); }))
        return false;
    for (const auto& t : f.all_tags)
        if (!has_tag(card, t))
            return false;
    for (const auto& t : f.no_tags)
        if (has_tag(card, t))
            return false;
    if (!f.scales.empty() &&
        std::find(f.scales.begin(), f.scales.end(), card.scale) == f.scales.end())
        return false;
    if ((f.min_minutes > 0 || f.max_minutes > 0) && card.minutes <= 0)
        return false;
    if (f.min_minutes > 0 && card.minutes < f.min_minutes)
        return false;
    if (f.max_minutes > 0 && card.minutes > f.max_minutes)
        return false;
    return true;
}

bool draws(const Deck& deck, const Format& format, const Card& card) {
    if (std::find(format.draw.begin(), format.draw.end(), card.type) != format.draw.end())
        return true;
    return std::any_of(format.filters.begin(), format.filters.end(),
                       [&](const DrawFilter& f) { return matches(deck, f, card); });
}

std::string describe(const DrawFilter& f) {
    std::string out;
    auto list = [&](std::string_view key, const std::vector<std::string>& v) {
        if (v.empty())
            return;
        out += (out.empty() ? "" : ", ") + std::string(key) + " = [";
        for (std::size_t i = 0; i < v.size(); ++i)
            out += (i ? ", \"" : "\"") + v[i] + "\"";
        out += "]";
    };
    auto number = [&](std::string_view key, int v) {
        if (v > 0)
            out += (out.empty() ? "" : ", ") + std::string(key) + " = " + std::to_string(v);
    };
    list("types", f.types);
    list("any_tags", f.any_tags);
    list("all_tags", f.all_tags);
    list("no_tags", f.no_tags);
    list("scales", f.scales);
    number("min_minutes", f.min_minutes);
    number("max_minutes", f.max_minutes);
    number("count", f.count);
    return "{ " + out + (out.empty() ? "}" : " }");
}

const Card* Deck::find_card(std::string_view id) const {
    return find_by_id(cards, id);
}
const CardType* Deck::find_type(std::string_view id) const {
    return find_by_id(types, id);
}
const Format* Deck::find_format(std::string_view id) const {
    return find_by_id(formats, id);
}

const Card* Deck::find_card_by_number(int number) const {
    auto it =
        std::find_if(cards.begin(), cards.end(), [&](const Card& c) { return c.number == number; });
    return it == cards.end() ? nullptr : &*it;
}

const CardType& Deck::type_of(const Card& card) const {
    if (const CardType* t = find_type(card.type))
        return *t;
    throw std::logic_error("card '" + card.id + "' has unknown type '" + card.type + "'");
}

std::string Deck::back_of(const CardType& type) const {
    return type.back.empty() ? info.back : type.back;
}

const std::filesystem::path& Deck::back_file_of(const CardType& type) const {
    return type.back.empty() ? info.back_file : type.back_file;
}

const std::filesystem::path& Deck::art_file_of(const Card& card) const {
    return card.art_file.empty() ? type_of(card).art_file : card.art_file;
}

const std::filesystem::path& Deck::back_file_of(const Card& card) const {
    return card.back_file.empty() ? back_file_of(type_of(card)) : card.back_file;
}

FaceLayout Deck::layout_of(const Card& card) const {
    const CardType* type = find_type(card.type);
    return type ? type->layout.merged(card.layout) : card.layout;
}

Card back_face(const Card& card) {
    Card face;
    face.id = card.id + "#back";
    face.type = card.type;
    face.title = card.back_title.empty() ? card.title : card.back_title;
    face.text = card.back_text;
    face.art = card.back;
    face.art_file = card.back_file;
    face.number = card.number;
    face.layout = card.layout;
    face.where = card.where;
    return face;
}

FaceLayout FaceLayout::merged(const FaceLayout& over) const {
    FaceLayout out = *this;
    if (over.art)
        out.art = over.art;
    if (over.align)
        out.align = over.align;
    if (over.text_pt_max > 0) {
        out.text_pt_min = over.text_pt_min;
        out.text_pt_max = over.text_pt_max;
    }
    return out;
}

} // namespace hearth
