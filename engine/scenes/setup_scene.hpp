// The set-up screen: choose the format, type names or press a number of
// players, start (a mission to choose is laid out at the table, as a choose
// step). Three keys can do it:
// Return (the format), 4 (four players), Space (begin) at the table; a
// clicker too: B lights another row, PageDown takes it (with nobody named,
// it seats a few players), PageUp goes back a step.
#pragma once

#include "engine/scene.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hearth {

class SetupScene : public Scene {
public:
    // `seed` shuffles the session; `format` preselects a format id.
    SetupScene(const Deck& deck, std::uint64_t seed, std::string format);
    // The names seated when the players' step opens (the last group, from
    // the preferences): Return starts with them, Backspace removes the last.
    void offer_names(std::vector<std::string> names) {
        offered_ = names;
        names_ = std::move(names);
    }

    // Opens the players' step (back from the table's mission choice, before
    // anything was chosen): the names offered stay seated.
    void back_to_players(SceneHost& host);
    // The players' step is open (names are being seated), and who is seated.
    bool naming_players() const { return focus_ == Focus::Players; }
    const std::vector<std::string>& names() const { return names_; }
    // Seats `name` as a typed name is seated: not past the format's seats,
    // not a name already seated (else the note under the field says why).
    bool seat_name(const std::string& name, const Deck& deck);

    Layer layer() const override {
        return focus_ == Focus::Players ? Layer::Names : Layer::Commands;
    }
    void on_text(const TextInput& text, SceneHost& host) override;
    void on_input(const Input& input, SceneHost& host) override;
    void advance(std::int64_t, SceneHost&) override {}
    void draw(Gfx& gfx, SceneHost& host) override;
    KeyHelp help(const Bindings& keys) const override;
    // The hint line at the bottom, in the words of `keys`.
    std::string hints(const Bindings& keys) const;
    // The clicker's line under it (PageDown, B, PageUp).
    std::string clicker_hints(const Bindings& keys, const Deck& deck) const;

private:
    enum class Focus { Format, Players };
    const Format& format(const Deck& deck) const;
    void go_to_players(SceneHost& host);
    bool names_input(const Input& input, SceneHost& host);
    void start(SceneHost& host);
    void open_table(SceneHost& host);
    // Seats the name typed, or says why not (the note under the field).
    void seat_typed(const Deck& deck);
    // The most names the chosen format seats (12 at most).
    int most_names(const Deck& deck) const;
    // The players a clicker seats with nobody named.
    int clicker_count(const Deck& deck) const;

    std::uint64_t seed_;
    int format_index_ = 0;
    Focus focus_ = Focus::Format;
    std::vector<std::string> names_;
    std::vector<std::string> offered_; // offer_names: a digit still replaces them
    // No name typed yet, or only the offered ones: a digit means that many players.
    bool may_count() const { return names_.empty() || names_ == offered_; }
    std::string typing_;
    int count_ = 0;              // a number of players pressed instead of names
    char swallow_text_ = 0;      // a digit whose text event already counted as a key
    std::string note_;           // why the last name was not seated, under the field
    std::vector<SDL_Rect> rows_; // the formats' rows drawn, for clicks
};

} // namespace hearth
