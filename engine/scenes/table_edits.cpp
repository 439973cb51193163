// The table scene's edits of the session beyond a turn's steps: redo, more
// time, seats coming, going and renamed, and writing a blank card (the form
// itself is table_panel.cpp). Everything goes through session actions.
#include "engine/scenes/table_scene.hpp"
#include "engine/words/translation.hpp"

#include "engine/theme.hpp"
#include "engine/words/screen_words.hpp"
#include "engine/words/words.hpp"
#include "game/session/same_name.hpp"

namespace hearth {
namespace {

// The first type with blank = true, or null.
const CardType* first_blank_type(const Deck& deck) {
    for (const CardType& t : deck.types)
        if (t.blank)
            return &t;
    return nullptr;
}

} // namespace

// Handles the commands of this file; false for the others. A pending
// "Delete again" is answered here too: anything else carries on.
bool TableScene::edit_input(const Input& input, SceneHost& host) {
    if (confirm_remove_ >= 0) {
        int seat = confirm_remove_;
        confirm_remove_ = -1;
        if (input.command == Command::Remove) {
            std::string name = seat_names(session_)[std::size_t(seat)];
            if (act(act::RemovePlayer{seat}, host))
                host.toast(fill(tr("{player} left the table"), {{"player", name}}));
        } else if (input.command == Command::Take &&
                   input.seat < int(session_.table.seating.size())) {
            confirm_remove_ = input.seat; // another seat: ask again for that one
        } else if (input.command == Command::Point) {
            SDL_Point p{input.x, input.y};
            for (std::size_t i = 0; i < last_layout_.seats.size(); ++i)
                if (i < session_.table.seating.size() &&
                    SDL_PointInRect(&p, &last_layout_.seats[i]))
                    confirm_remove_ = int(i); // a seat clicked: ask about that one
        }
        return true;
    }
    const bool ended = session_.table.phase == Phase::Ended;
    switch (input.command) {
    case Command::Redo:
        act(act::Redo{}, host);
        return true;
    case Command::Extend:
        if (!ended && act(act::Extend{60000}, host))
            host.toast(tr("+1 minute"));
        return true;
    case Command::Write:
        if (!ended)
            open_write(host);
        return true;
    case Command::AddPlayer:
        if (!ended) {
            panel_.open_name(TablePanel::Kind::AddPlayer, tr("Who sits down?"), "");
            host.text_input(true);
        }
        return true;
    case Command::Rename:
        if (!ended) {
            open_rename(std::max(0, active_seat(session_)));
            host.text_input(true);
        }
        return true;
    case Command::Remove:
        if (!ended) {
            if (session_.table.seating.size() <= 1)
                host.toast(sentence(say(Refusal::LastPlayer)));
            else
                confirm_remove_ = std::max(0, active_seat(session_));
        }
        return true;
    default:
        return false;
    }
}

void TableScene::open_write(SceneHost& host) {
    const Deck& deck = host.deck();
    // The blank card on the table is the one to write; else the deck's first blank type.
    const CardType* type = nullptr;
    if (const Card* in_play = deck.find_card(session_.table.in_play))
        if (const CardType* t = deck.find_type(in_play->type); t && t->blank)
            type = t;
    if (!type)
        type = first_blank_type(deck);
    if (!type) {
        host.toast(sentence(say(Refusal::NoBlankType)));
        return;
    }
    write_type_ = type->id;
    panel_.open_write(type->name, type->color, type->ink);
    host.text_input(true);
}

bool TableScene::write_for_seat(int seat, const std::string& title, const std::string& text,
                                SceneHost& host) {
    const Deck& deck = host.deck();
    std::string type;
    if (const Card* in_play = deck.find_card(session_.table.in_play))
        if (const CardType* t = deck.find_type(in_play->type); t && t->blank)
            type = t->id;
    if (!act(act::WriteCard{title, text, type, seat}, host))
        return false;
    host.keep_own_card(written_cards(session_).back());
    return true;
}

void TableScene::open_rename(int seat) {
    std::vector<std::string> names = seat_names(session_);
    if (names.empty())
        return;
    rename_seat_ = (seat % int(names.size()) + int(names.size())) % int(names.size());
    panel_.open_name(
        TablePanel::Kind::Rename,
        fill(tr("Rename seat {n}: {player}"), {{"n", std::to_string(rename_seat_ + 1)},
                                               {"player", names[std::size_t(rename_seat_)]}}),
        names[std::size_t(rename_seat_)]);
}

void TableScene::panel_result(TablePanel::Result r, SceneHost& host) {
    using R = TablePanel::Result;
    auto close = [&] {
        panel_.close();
        host.text_input(false);
    };
    switch (r) {
    case R::Cancel:
        close();
        return;
    case R::PrevSeat:
    case R::NextSeat:
        open_rename(rename_seat_ + (r == R::NextSeat ? 1 : -1));
        return;
    case R::Submit:
        break;
    default:
        return;
    }
    switch (panel_.kind()) {
    case TablePanel::Kind::Write:
        if (act(act::WriteCard{panel_.title(), panel_.text(), write_type_, -1}, host)) {
            close();
            host.keep_own_card(written_cards(session_).back());
        }
        break;
    case TablePanel::Kind::AddPlayer:
        // "ana" beside "Ana" is one person twice: refused while typing it.
        if (const std::vector<std::string> names = seat_names(session_);
            const std::string* same = same_name_in(names, panel_.title()))
            host.toast(words::already_seated(*same));
        else if (act(act::AddPlayer{panel_.title(), -1}, host)) {
            close();
            host.toast(fill(tr("{player} sits down"), {{"player", seat_names(session_).back()}}));
        }
        break;
    case TablePanel::Kind::Rename:
        if (panel_.title() == seat_names(session_)[std::size_t(rename_seat_)])
            close(); // nothing changed
        else if (const std::vector<std::string> names = seat_names(session_);
                 const std::string* same = same_name_in(names, panel_.title(), rename_seat_))
            host.toast(words::already_seated(*same));
        else if (act(act::RenamePlayer{rename_seat_, panel_.title()}, host))
            close();
        break;
    case TablePanel::Kind::None:
        break;
    }
}

void TableScene::draw_remove_band(Gfx& g, const TableLayout& L, const Bindings& keys) {
    if (confirm_remove_ < 0)
        return;
    std::vector<std::string> names = seat_names(session_);
    if (confirm_remove_ >= int(names.size()))
        return;
    if (confirm_remove_ < int(L.seats.size())) { // ring the seat that would leave
        SDL_Rect r = L.seats[std::size_t(confirm_remove_)];
        int grow = g.px(6);
        r = {r.x - grow, r.y - grow, r.w + 2 * grow, r.h + 2 * grow};
        g.shapes().rounded_rect(r, r.h / 2, Color{0, 0, 0, 0}, theme::kPink, std::max(3, g.px(6)));
    }
    SDL_Rect band{0, L.status.y, g.w, L.status.h};
    set_draw_color(g.renderer, theme::kPink);
    SDL_RenderFillRect(g.renderer, &band);
    int sp = g.font(34);
    std::string line = fill(tr("{key} again: {player} leaves the table  \u00b7  {take} or a "
                               "click: another seat  \u00b7  any other key carries on"),
                            {{"key", keys.key(Command::Remove, Layer::Commands)},
                             {"player", names[std::size_t(confirm_remove_)]},
                             {"take", keys.key(Command::Take, Layer::Commands)}});
    while (sp > 12 && g.text().measure(line, Face::BodyBold, sp) > g.w - g.px(60))
        --sp;
    g.text().draw_centered(line, Face::BodyBold, sp, theme::kInk, g.w / 2,
                           L.status.y + (L.status.h - sp * 6 / 5) / 2);
}

} // namespace hearth
