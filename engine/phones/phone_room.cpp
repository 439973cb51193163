#include "engine/phones/phone_room.hpp"

#include "engine/phones/phone_write.hpp"
#include "engine/words/phone_words.hpp"
#include "game/session/session_json.hpp"

#include <algorithm>

namespace hearth {
namespace {

std::uint64_t splitmix(std::uint64_t& s) {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// A string member, or nullopt when absent or not a string.
std::optional<std::string> text_of(const Json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return std::nullopt;
    return it->get<std::string>();
}

std::optional<std::int64_t> int_of(const Json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number_integer())
        return std::nullopt;
    return it->get<std::int64_t>();
}

bool same_code(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z')
            x = char(x - 'a' + 'A');
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

std::string_view to_string(PhoneMove m) {
    switch (m) {
    case PhoneMove::Done:
        return "done";
    case PhoneMove::Pass:
        return "pass";
    case PhoneMove::Take:
        return "take";
    case PhoneMove::Keep:
        return "keep";
    case PhoneMove::Write:
        return "write";
    case PhoneMove::Choose:
        return "choose";
    }
    return "done";
}

std::optional<PhoneMove> phone_move_named(std::string_view name) {
    for (PhoneMove m :
         {PhoneMove::Done, PhoneMove::Pass, PhoneMove::Take, PhoneMove::Keep, PhoneMove::Choose})
        if (to_string(m) == name)
            return m;
    return std::nullopt;
}

std::string phone_error(std::string_view code, std::string_view message, std::int64_t id,
                        std::string_view said) {
    Json j = {{"type", "error"}, {"code", code}, {"message", message}};
    if (id != 0)
        j["id"] = id;
    if (!said.empty())
        j["said"] = said;
    return dump_json(j);
}

std::string PhoneRoom::refusal(PhoneRefusal r, std::int64_t id) const {
    return phone_error(phone_refusal_code(r), phone_refusal_said(r), id, refusal_in(words_, r));
}

std::string secrets_line(const RoomSecrets& s) {
    Json seats = Json::object();
    for (const auto& [seat, token] : s.seat_tokens)
        seats[std::to_string(seat)] = token;
    return dump_json(Json{{"type", "phones"}, {"room", s.code}, {"seats", seats}}) + "\n";
}

std::optional<RoomSecrets> secrets_in_save(std::string_view save) {
    std::optional<RoomSecrets> found;
    for (const JsonLine& line : split_json_lines(save)) {
        if (line.text.find("\"phones\"") == std::string_view::npos)
            continue;
        auto parsed = parse_json_text("save", line.text);
        const Json* j = std::get_if<Json>(&parsed);
        if (!j || !j->is_object() || j->value("type", Json()) != "phones")
            continue;
        RoomSecrets s;
        s.code = text_of(*j, "room").value_or("");
        auto seats = j->find("seats");
        if (s.code.size() != 4 || seats == j->end() || !seats->is_object())
            continue;
        for (auto it = seats->begin(); it != seats->end(); ++it) {
            int seat = -1;
            try {
                seat = std::stoi(it.key());
            } catch (...) {
                continue;
            }
            if (it->is_string() && seat >= 0 && seat < 100)
                s.seat_tokens[seat] = it->get<std::string>();
        }
        found = std::move(s);
    }
    return found;
}

PhoneRoom::PhoneRoom(std::uint64_t seed, std::optional<RoomSecrets> secrets) : rng_(seed) {
    if (secrets && secrets->code.size() == 4) {
        secrets_ = std::move(*secrets);
        for (const auto& [seat, token] : secrets_.seat_tokens)
            seat_seen_[seat] = true;
        return;
    }
    static constexpr char kLetters[] = "BCDFGHJKLMNPQRSTVWXZ"; // no vowels: no words
    for (int i = 0; i < 4; ++i)
        secrets_.code += kLetters[splitmix(rng_) % 20];
}

std::string PhoneRoom::new_token() {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string t;
    for (int w = 0; w < 2; ++w) {
        std::uint64_t v = splitmix(rng_);
        for (int i = 0; i < 16; ++i, v >>= 4)
            t += kHex[v & 15];
    }
    return t;
}

void PhoneRoom::connected(int connection) {
    phones_[connection] = Phone{"phone " + std::to_string(next_name_++)};
}

bool PhoneRoom::disconnected(int connection) {
    auto it = phones_.find(connection);
    if (it == phones_.end())
        return false;
    const bool was_joined = it->second.joined;
    phones_.erase(it);
    return was_joined;
}

namespace {

// The page's words as the messages carry them; none until they are set.
void add_words(Json& message, const std::vector<std::pair<std::string, std::string>>& words) {
    if (words.empty())
        return;
    Json w = Json::object();
    for (const auto& [english, said] : words)
        w[english] = said;
    message["words"] = std::move(w);
}

} // namespace

std::string PhoneRoom::seated_message(int seat) const {
    Json m{{"type", "seated"},
           {"seat", seat},
           {"token", secrets_.seat_tokens.at(seat)},
           {"room", secrets_.code}};
    add_words(m, words_.page);
    return dump_json(m);
}

PhoneRoom::Reply PhoneRoom::claim(int connection, Phone& p, int seat, std::string_view token,
                                  bool rejoin) {
    Reply r;
    if (seat_count_ <= 0) {
        r.to_sender.push_back(refusal(PhoneRefusal::NoTable));
        return r;
    }
    if (seat < 0 || seat >= seat_count_) {
        r.to_sender.push_back(refusal(PhoneRefusal::NoSuchSeat));
        return r;
    }
    auto known = secrets_.seat_tokens.find(seat);
    const bool token_right = known != secrets_.seat_tokens.end() && known->second == token;
    if (rejoin && !token_right) {
        r.to_sender.push_back(refusal(PhoneRefusal::WrongToken));
        return r;
    }
    if (!rejoin) {
        if (locked_) {
            r.to_sender.push_back(refusal(PhoneRefusal::RoomLocked));
            return r;
        }
        for (const auto& [c, other] : phones_)
            if (c != connection && other.seat == seat) {
                r.to_sender.push_back(refusal(PhoneRefusal::SeatTaken));
                return r;
            }
        secrets_.seat_tokens[seat] = new_token();
    } else {
        // The seat's token came back: a connection still holding the seat
        // is a phone that dropped without closing (half-open); it lets go.
        for (auto& [c, other] : phones_)
            if (c != connection && other.seat == seat)
                other.seat = -1;
    }
    if (p.seat >= 0 && p.seat != seat && !rejoin)
        secrets_.seat_tokens.erase(p.seat); // moved seats: the old one is free
    p.seat = seat;
    seat_seen_[seat] = true;
    r.to_sender.push_back(seated_message(seat));
    r.roster_changed = true;
    return r;
}

PhoneRoom::Reply PhoneRoom::receive(int connection, std::string_view text) {
    Reply r;
    auto it = phones_.find(connection);
    if (it == phones_.end())
        it = phones_.emplace(connection, Phone{"phone " + std::to_string(next_name_++)}).first;
    Phone& p = it->second;
    if (text.size() > kMaxMessageBytes) {
        r.to_sender.push_back(refusal(PhoneRefusal::TooLarge));
        return r;
    }
    auto parsed = parse_json_text("message", text);
    const Json* j = std::get_if<Json>(&parsed);
    if (!j || !j->is_object()) {
        r.to_sender.push_back(refusal(PhoneRefusal::BadJson));
        return r;
    }
    const std::int64_t id = int_of(*j, "id").value_or(0);
    const std::string type = text_of(*j, "type").value_or("");
    auto name_ok = [&]() -> bool {
        std::optional<std::string> name = text_of(*j, "name");
        if (!name)
            return true;
        if (name->size() > kMaxNameBytes) {
            r.to_sender.push_back(refusal(PhoneRefusal::NameTooLong, id));
            return false;
        }
        std::string clean;
        for (char c : *name) // control characters never reach a screen
            if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
                clean += c;
        if (!clean.empty()) {
            p.name = clean;
            p.named = true;
        }
        return true;
    };
    if (type == "ping") {
        r.to_sender.push_back(dump_json(Json{{"type", "pong"}, {"id", id}}));
        return r;
    }
    if (type == "join" || type == "rejoin") {
        if (!same_code(text_of(*j, "room").value_or(""), secrets_.code)) {
            r.to_sender.push_back(refusal(PhoneRefusal::WrongRoom, id));
            return r;
        }
        if (!name_ok())
            return r;
        const bool first = !p.joined;
        p.joined = true;
        if (type == "join") {
            Json welcome{{"type", "welcome"}, {"room", secrets_.code}, {"phone", p.name}};
            add_words(welcome, words_.page);
            r.to_sender.push_back(dump_json(welcome));
            r.to_sender.push_back(state_message());
            r.roster_changed = first;
            return r;
        }
        std::optional<std::int64_t> seat = int_of(*j, "seat");
        Reply c = claim(connection, p, seat ? int(std::clamp<std::int64_t>(*seat, -1, 1000)) : -1,
                        text_of(*j, "token").value_or(""), true);
        c.to_sender.push_back(state_message());
        c.roster_changed = c.roster_changed || first;
        return c;
    }
    if (type != "claim" && type != "act" && type != "leave" && type != "write") {
        r.to_sender.push_back(refusal(PhoneRefusal::UnknownType, id));
        return r;
    }
    if (!p.joined) {
        r.to_sender.push_back(refusal(PhoneRefusal::JoinFirst, id));
        return r;
    }
    if (type == "claim") {
        if (!name_ok())
            return r;
        std::optional<std::int64_t> seat = int_of(*j, "seat");
        return claim(connection, p, seat ? int(std::clamp<std::int64_t>(*seat, -1, 1000)) : -1, "",
                     false);
    }
    if (type == "leave") {
        if (p.seat >= 0) {
            secrets_.seat_tokens.erase(p.seat);
            seat_seen_.erase(p.seat);
            p.seat = -1;
            r.roster_changed = true;
        }
        r.to_sender.push_back(dump_json(Json{{"type", "left"}}));
        return r;
    }
    // act
    if (p.seat < 0) {
        r.to_sender.push_back(refusal(PhoneRefusal::NotSeated, id));
        return r;
    }
    if (type == "write") {
        std::string t = text_of(*j, "title").value_or("");
        std::string body = text_of(*j, "text").value_or("");
        if (std::optional<PhoneRefusal> no = check_written_card(t, body)) {
            r.to_sender.push_back(refusal(*no, id));
            return r;
        }
        r.action = PhoneAction{connection, p.seat, p.name, PhoneMove::Write, id, t, body};
        return r;
    }
    std::optional<PhoneMove> move = phone_move_named(text_of(*j, "move").value_or(""));
    if (!move) {
        r.to_sender.push_back(refusal(PhoneRefusal::UnknownMove, id));
        return r;
    }
    PhoneAction a{connection, p.seat, p.name, *move, id, {}, {}};
    if (*move == PhoneMove::Choose) { // which card: one the step laid out
        std::optional<std::int64_t> index = int_of(*j, "index");
        if (!index || *index < 0 || *index >= offered_) {
            r.to_sender.push_back(refusal(PhoneRefusal::NoSuchChoice, id));
            return r;
        }
        a.index = int(*index);
    }
    r.action = std::move(a);
    return r;
}

void PhoneRoom::set_table(std::string table_json, int seat_count) {
    table_ = std::move(table_json);
    offered_ = 0;
    auto parsed = parse_json_text("table", table_);
    if (const Json* j = std::get_if<Json>(&parsed); j && j->is_object())
        if (auto it = j->find("offered"); it != j->end() && it->is_array())
            offered_ = int(it->size());
    if (seat_count < seat_count_) // seats that left take their tokens with them
        for (auto it = secrets_.seat_tokens.begin(); it != secrets_.seat_tokens.end();)
            it = it->first >= seat_count ? secrets_.seat_tokens.erase(it) : std::next(it);
    seat_count_ = seat_count;
}

std::vector<int> PhoneRoom::away_seats() const {
    std::vector<int> away;
    for (const auto& [seat, token] : secrets_.seat_tokens) {
        bool here = false;
        for (const auto& [c, p] : phones_)
            here = here || p.seat == seat;
        if (!here)
            away.push_back(seat);
    }
    return away;
}

std::string PhoneRoom::state_message() const {
    Json phones = Json::array();
    for (const auto& [c, p] : phones_)
        if (p.joined)
            phones.push_back(Json{{"name", p.name}, {"seat", p.seat}});
    Json away = away_seats();
    return R"({"type":"state","locked":)" + std::string(locked_ ? "true" : "false") +
           R"(,"away":)" + away.dump() + R"(,"phones":)" + dump_json(phones) + R"(,"table":)" +
           table_ + "}";
}

std::optional<std::string> PhoneRoom::remove(int connection) {
    auto it = phones_.find(connection);
    if (it == phones_.end())
        return std::nullopt;
    if (it->second.seat >= 0) {
        secrets_.seat_tokens.erase(it->second.seat);
        seat_seen_.erase(it->second.seat);
    }
    phones_.erase(it);
    return refusal(PhoneRefusal::Removed);
}

std::vector<PhoneInfo> PhoneRoom::phones() const {
    std::vector<PhoneInfo> out;
    for (const auto& [c, p] : phones_)
        if (p.joined)
            out.push_back(PhoneInfo{c, p.name, p.seat, false, p.named});
    // Seats held by a token whose phone is gone: "away".
    for (int seat : away_seats())
        out.push_back(PhoneInfo{-1, "", seat, true});
    return out;
}

std::vector<int> PhoneRoom::joined() const {
    std::vector<int> out;
    for (const auto& [c, p] : phones_)
        if (p.joined)
            out.push_back(c);
    return out;
}

} // namespace hearth
