// A card shown big over the centre for a moment: the group's mission (its
// own text, not only its title on the banner), or a card the current one
// refers to ("see 24"). I (or a click on the banner) shows the mission; F
// shows the first card of the "see" line, F again the next, and after the
// last one the table comes back. T turns a two-sided card over, and T
// again shows its front. Any other key or click comes back at once
// and does nothing else, so a key pressed to close the look never acts
// unseen on the table.
#include "engine/scenes/table_scene.hpp"
#include "engine/words/translation.hpp"
#include "engine/words/words.hpp"
#include "game/session/group_mission.hpp"

namespace hearth {
namespace {

// The cards `card`'s "see" line names that the session can show.
std::vector<const Card*> references(const Deck& deck, const Session& s, const Card* card) {
    std::vector<const Card*> out;
    if (!card)
        return out;
    for (const std::string& id : card->see)
        if (const Card* c = find_session_card(deck, s, id))
            out.push_back(c);
    return out;
}

} // namespace

bool TableScene::paged_card_showing(const Deck& deck) const {
    const Card* card = turn_card_kept() ? nullptr : current_card(deck, session_);
    return card && card_pages_ > 1 && card_page_of_ == card->id;
}

bool TableScene::look_input(const Input& input, SceneHost& host) {
    const Deck& deck = host.deck();
    const Session& s = session_;
    if (s.table.phase == Phase::Ended)
        return false;
    // The mission set at set-up (its banner), or the one the group picked
    // at the table (Mission night).
    const Card* mission = group_mission(deck, s);
    bool on_banner = false;
    if (input.command == Command::Point) {
        SDL_Point p{input.x, input.y};
        on_banner = mission_card(deck, s) && SDL_PointInRect(&p, &last_layout_.mission);
        if (look_card_.empty() && paged_card_showing(deck) && SDL_PointInRect(&p, &page_marker_)) {
            turn_page();
            return true;
        }
    }
    if (input.command == Command::Mission || on_banner) {
        look_back_ = false;
        if (!mission) {
            host.toast(say(Message{MessageId::TableNoMission, {}}));
        } else if (look_card_ == mission->id) {
            look_card_.clear();
        } else {
            look_card_ = mission->id;
            look_next_ = 0;
        }
        return true;
    }
    if (input.command == Command::TurnOver && paged_look_showing()) {
        // The card a look shows, when long: its pages first. After the last,
        // its other side's look ends (as T does there), another look starts
        // again at its first page.
        if (look_page_ + 1 < look_pages_) {
            ++look_page_;
            return true;
        }
        look_page_ = 0;
        if (!look_back_)
            return true;
    }
    if (input.command == Command::TurnOver) {
        const Card* card = current_card(deck, s);
        // A paged card: its next page; after the last, its first again, or
        // its other side.
        const bool paged = look_card_.empty() && paged_card_showing(deck);
        if (paged && card_page_ + 1 < card_pages_) {
            turn_page();
            return true;
        }
        if (paged)
            card_page_ = 0;
        if (paged && !card->two_sided())
            return true;
        if (!card || !card->two_sided()) {
            look_card_.clear();
            host.toast(tr("This card has nothing on its other side"));
            return true;
        }
        const bool showing = look_back_ && look_card_ == card->id;
        look_card_ = showing ? "" : card->id;
        look_back_ = !showing;
        return true;
    }
    look_back_ = false;
    if (input.command == Command::FollowSee) {
        std::vector<const Card*> refs = references(deck, s, current_card(deck, s));
        if (refs.empty()) {
            look_card_.clear();
            host.toast(say(Message{MessageId::TableNoSee, {}}));
            return true;
        }
        bool following = false;
        for (const Card* c : refs)
            following = following || c->id == look_card_;
        if (!following)
            look_next_ = 0;
        if (look_next_ < refs.size())
            look_card_ = refs[look_next_++]->id;
        else
            look_card_.clear(); // after the last one: back to the table
        return true;
    }
    if (look_card_.empty())
        return false;
    look_card_.clear(); // any other input: back to the table, and nothing else
    return true;
}

void TableScene::draw_look(Gfx& g, SceneHost& host, const TableLayout& L) {
    if (look_card_.empty())
        return;
    const Card* card = find_session_card(host.deck(), session_, look_card_);
    if (!card)
        return;
    Card back;
    if (look_back_)
        back = back_face(*card);
    const Card& face = look_back_ ? back : *card;
    if (look_page_of_ != look_key()) {
        look_page_of_ = look_key();
        look_page_ = 0;
    }
    look_pages_ = g.cards.page_count(host.deck(), face, L.card.w, L.card.h);
    look_page_ = std::min(look_page_, look_pages_ - 1);
    g.cards.draw_front(host.deck(), face, L.card, look_page_);
}

} // namespace hearth
