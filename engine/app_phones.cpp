// The App's part of the phones (--phones): starting the server, taking the
// actions phones sent as the table's own commands (on this thread, so the
// session stays single-threaded), sending the state back, and the join
// panel: on the set-up screen, and over the table with J.
#include "engine/app.hpp"
#include "engine/words/translation.hpp"

#include "engine/phones/join_view.hpp"
#include "engine/phones/phone_state.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "engine/scenes/table_scene.hpp"
#include "engine/words/phone_words.hpp"
#include "game/base/atomic_file.hpp"
#include "game/session/same_name.hpp"
#include "game/session/session_json.hpp"

#include <algorithm>
#include <cstdio>

namespace hearth {
namespace {

Command command_of(PhoneMove m) {
    switch (m) {
    case PhoneMove::Done:
        return Command::Next;
    case PhoneMove::Pass:
        return Command::Pass;
    case PhoneMove::Take:
        return Command::Take;
    case PhoneMove::Keep:
        return Command::Keep;
    case PhoneMove::Choose: // the index goes in the Input's seat, as a number key's
        return Command::Choose;
    case PhoneMove::Write: // not a command: app_phones.cpp writes it
        break;
    }
    return Command::Next;
}

std::string refusal(PhoneRefusal r, std::int64_t id) {
    return phone_error(phone_refusal_code(r), phone_refusal_said(r), id, tr(phone_refusal_said(r)));
}

// At set-up's players step, the first phone that typed a name not seated
// yet: the join panel offers it, and Insert seats it.
std::optional<std::string> name_waiting(const PhoneServer& phones, const SetupScene* setup) {
    if (!setup || !setup->naming_players())
        return std::nullopt;
    for (const PhoneInfo& p : phones.phones())
        if (p.connection >= 0 && p.seat < 0 && p.named && !same_name_in(setup->names(), p.name))
            return p.name;
    return std::nullopt;
}

} // namespace

void App::start_phones() {
    if (!options_.phones)
        return;
    PhoneServerOptions o;
    o.address = options_.phones_address;
    o.port = options_.phones_port;
    // A resumed session takes its room back: the same code, the same seats.
    if (!options_.resume.empty())
        if (auto text = read_file(options_.resume, 64u << 20))
            o.secrets = secrets_in_save(*text);
    phones_event_ = SDL_RegisterEvents(1);
    const std::uint32_t type = phones_event_;
    o.wake = [type] {
        SDL_Event e{};
        e.type = type;
        SDL_PushEvent(&e); // thread-safe; dropped where SDL has no event queue (headless)
    };
    std::string error;
    phones_ = PhoneServer::start(std::move(o), error);
    if (!phones_) {
        std::fprintf(stderr, "hearth: %s\n", error.c_str());
        errors_.push_back(error);
        error_title_ = tr("Phones cannot join");
        return;
    }
    phones_->set_words(phone_words());
    std::printf("phones: %s\n", phones_->url().c_str());
    std::fflush(stdout); // a driver reads the line as it comes
}

void App::pump_phones() {
    if (!phones_)
        return;
    if (std::uint64_t r = phones_->roster_generation(); r != roster_seen_) {
        roster_seen_ = r;
        dirty_ = true;
        if (recorder_ && !resume_blocked_)
            recorder_->room(secrets_line(phones_->secrets()));
    }
    for (const PhoneAction& a : phones_->take_actions()) {
        const Session* s = scene_ ? scene_->session_in_play() : nullptr;
        if (!s) {
            phones_->reply(a.connection, refusal(PhoneRefusal::NoTable, a.id));
            continue;
        }
        std::vector<PhoneMove> moves = phone_moves(deck(), *s, a.seat);
        if (paused_ || !errors_.empty() ||
            std::find(moves.begin(), moves.end(), a.move) == moves.end()) {
            phones_->reply(a.connection, refusal(PhoneRefusal::NotYourTurn, a.id));
            continue;
        }
        if (a.move == PhoneMove::Write) {
            write_from_phone(a);
            continue;
        }
        Input in;
        in.command = command_of(a.move);
        in.seat = a.move == PhoneMove::Choose ? a.index : a.seat;
        InputEvent e{in, Origin{Origin::Device::Phone, a.seat, a.connection}};
        const std::uint64_t before = session_version_;
        if (recorder_)
            recorder_->acted_by(a.seat, "phone:" + a.device);
        handle_input(e);
        if (recorder_)
            recorder_->acted_by(-1, "");
        if (session_version_ == before)
            phones_->reply(a.connection, refusal(PhoneRefusal::NotTaken, a.id));
    }
    publish_phones();
}

// A blank card written on a phone: the same WriteCard the TV's W form
// applies, for the phone's seat (whose moment to write it is, checked above).
void App::write_from_phone(const PhoneAction& a) {
    auto* table = dynamic_cast<TableScene*>(scene_.get());
    if (recorder_)
        recorder_->acted_by(a.seat, "phone:" + a.device);
    const bool written = table && table->write_for_seat(a.seat, a.title, a.text, *this);
    if (recorder_)
        recorder_->acted_by(-1, "");
    dirty_ = true;
    if (!written) {
        phones_->reply(a.connection, refusal(PhoneRefusal::NotWritten, a.id));
        return;
    }
    Json j = {{"type", "written"}, {"title", a.title}};
    if (a.id != 0)
        j["id"] = a.id;
    phones_->reply(a.connection, dump_json(j));
}

void App::publish_phones() {
    if (!phones_ || !phones_dirty_)
        return;
    phones_dirty_ = false;
    const Session* s = scene_ ? scene_->session_in_play() : nullptr;
    if (!deck_.live().has_deck())
        return;
    phones_->publish(phone_table_json(deck(), s, ++phones_sent_),
                     s ? int(s->table.seating.size()) : 0);
}

bool App::phones_input(const Input& in) {
    if (in.command == Command::Phones && !help_ && errors_.empty()) {
        if (!phones_) {
            toast(tr("Phones join when Hearth starts with --phones"));
            return true;
        }
        phones_shown_ = !phones_shown_;
        phones_lit_ = 0;
        return true;
    }
    // Set-up: a name a phone typed is seated only when the host says so,
    // through the same checks as a typed name.
    if (in.command == Command::AddPlayer && phones_ && !help_ && errors_.empty())
        if (auto* setup = dynamic_cast<SetupScene*>(scene_.get());
            setup && setup->naming_players()) {
            if (std::optional<std::string> name = name_waiting(*phones_, setup))
                setup->seat_name(*name, deck());
            return true;
        }
    if (!phones_shown_ || !phones_)
        return false;
    std::vector<PhoneInfo> list = phones_->phones();
    std::erase_if(list, [](const PhoneInfo& p) { return p.connection < 0; });
    const int n = int(list.size());
    switch (in.command) {
    case Command::Up:
        phones_lit_ = n ? (phones_lit_ + n - 1) % n : 0;
        return true;
    case Command::Down:
        phones_lit_ = n ? (phones_lit_ + 1) % n : 0;
        return true;
    case Command::Remove:
        if (phones_lit_ < n) {
            phones_->remove(list[std::size_t(phones_lit_)].connection);
            toast(phones_removed_said(list[std::size_t(phones_lit_)].name));
            phones_lit_ = std::max(0, phones_lit_ - 1);
        }
        return true;
    case Command::Lock:
        phones_->set_locked(!phones_->locked());
        toast(phones_locked_said(phones_->locked()));
        return true;
    case Command::Leave:
        phones_shown_ = false;
        return true;
    default:
        return false; // the table's keys go on working under the panel
    }
}

KeyHelp App::help_keys() const {
    KeyHelp keys = scene_ ? scene_->help(bindings()) : KeyHelp{};
    const auto* setup_scene = dynamic_cast<const SetupScene*>(scene_.get());
    const bool setup = setup_scene != nullptr;
    if (phones_ && setup && setup_scene->naming_players()) {
        KeyHelp more =
            bindings().help({{{Command::AddPlayer}, phones_seat_help_said()}}, Layer::Names);
        keys.insert(keys.end(), more.begin(), more.end());
    }
    if (phones_ && scene_ && !setup) { // set-up shows the panel all along
        KeyHelp more =
            bindings().help({{{Command::Phones},
                              phones_help_said(bindings().key(Command::Lock, Layer::Commands),
                                               bindings().key(Command::Remove, Layer::Commands))}},
                            Layer::Commands);
        keys.insert(keys.end(), more.begin(), more.end());
    }
    return keys;
}

void App::draw_phones(Gfx& g) {
    if (!phones_)
        return;
    const bool setup = dynamic_cast<SetupScene*>(scene_.get()) != nullptr;
    if (!setup && !phones_shown_)
        return;
    JoinView v;
    v.url = phones_->url();
    v.room = phones_->room_code();
    v.others = phones_->other_addresses();
    v.locked = phones_->locked();
    const Session* s = scene_ ? scene_->session_in_play() : nullptr;
    std::vector<std::string> names = s ? seat_names(*s) : std::vector<std::string>{};
    for (const PhoneInfo& p : phones_->phones()) {
        const std::string seat_name =
            p.seat >= 0 && p.seat < int(names.size()) ? names[std::size_t(p.seat)] : "";
        v.phones.push_back(p.connection < 0 ? phones_phone_said("—", p.seat, seat_name, true)
                                            : phones_phone_said(p.name, p.seat, seat_name, false));
    }
    if (setup) {
        // A phone's name waiting for its seat: said, with the key that seats it.
        if (std::optional<std::string> name =
                name_waiting(*phones_, dynamic_cast<SetupScene*>(scene_.get()))) {
            v.phones.insert(v.phones.begin(), phones_wants_seat_said(*name));
            v.lit = 0;
            v.hint = phones_seat_hint(bindings().key(Command::AddPlayer, Layer::Names), *name);
        }
        // Beside the names, on the right (set-up's column ends g.px(520) from the edge).
        SDL_Rect r{g.w - g.px(480), g.px(140), g.px(440), g.h - g.px(280)};
        draw_join(g, r, v);
        return;
    }
    SDL_SetRenderDrawColor(g.renderer, 0, 0, 0, 150);
    SDL_RenderFillRect(g.renderer, nullptr);
    v.lit = phones_lit_;
    v.hint = phones_overlay_hint(bindings().key(Command::Remove, Layer::Commands),
                                 bindings().key(Command::Lock, Layer::Commands),
                                 bindings().key(Command::Leave, Layer::Commands));
    const int w = std::min(g.w - g.px(80), g.px(900));
    SDL_Rect r{(g.w - w) / 2, g.px(40), w, g.h - g.px(80)};
    draw_join(g, r, v);
}

} // namespace hearth
