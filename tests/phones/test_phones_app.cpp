// Hearth with --phones, in process and headless: the help lists the phones'
// key, and a session saved with phones seated is resumed with --resume and
// its phones rejoin their seats with the secrets they kept (the test client
// of tests/phones/phone_client.hpp stands in for the phones).
#include "tests/engine_fixture.hpp"
#include "tests/phones/phone_client.hpp"

#include "engine/phones/phone_room.hpp"
#include "engine/scenes/setup_scene.hpp"
#include "engine/theme.hpp"
#include "game/base/atomic_file.hpp"

#include <chrono>
#include <cstdlib>
#include <thread>

using namespace hearth;
using namespace hearth::test;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

Options with_phones(const fs::path& dir) {
    Options o = table_options(dir);
    o.phones = true;
    o.phones_address = "127.0.0.1";
    o.phones_port = 0;
    return o;
}

bool lists(const KeyHelp& keys, const std::string& key, const std::string& words) {
    for (const auto& [k, what] : keys)
        if (k == key && what.find(words) != std::string::npos)
            return true;
    return false;
}

std::string token_in(const std::string& m) {
    auto at = m.find("\"token\":\"");
    return at == std::string::npos ? "" : m.substr(at + 9, 32);
}

// A phone that joins `room` and, once the table has seats, claims `seat`:
// the seat's token, or "" when it was not seated.
std::string seat_a_phone(int port, const std::string& room, int seat) {
    PhoneClient phone(port);
    if (!phone.open())
        return "";
    phone.send(R"({"type":"join","room":")" + room + R"(","name":"Ben"})");
    const auto until = std::chrono::steady_clock::now() + 20s;
    while (std::chrono::steady_clock::now() < until) {
        std::optional<std::string> m = phone.receive(500ms);
        if (m && m->find(R"("type":"state")") != std::string::npos &&
            m->find(R"("seats":[{)") != std::string::npos)
            break;
    }
    phone.send(R"({"type":"claim","seat":)" + std::to_string(seat) + "}");
    std::optional<std::string> seated = phone.receive_type("seated", 10s);
    return seated ? token_in(*seated) : "";
}

} // namespace

TEST_CASE("phones: the help lists J, the phones' join panel, with --phones", "[phones][app]") {
    fs::path dir = fresh_folder("phones-help");
    {
        auto app = headless_app(with_phones(dir));
        REQUIRE(app->phones());
        CHECK(lists(app->help_keys(), "J", "join panel"));
        CHECK(lists(app->help_keys(), "J", "L locks the room"));
        REQUIRE(play_script(*app, "key F1\nshot help\n") == 0);
    }
    // Without --phones J says how to get them, and the help does not list it.
    auto plain = headless_app(table_options(dir));
    CHECK_FALSE(lists(plain->help_keys(), "J", "join panel"));
    CHECK(lists(plain->help_keys(), "W", "write a blank card"));
}

TEST_CASE("phones: a session resumed with --resume takes its phones back", "[phones][app]") {
    fs::path dir = fresh_folder("phones-resume");
    Options o = with_phones(dir);
    o.resume = (dir / "evening.json").string();
    std::string room, token;
    {
        auto app = headless_app(o);
        REQUIRE(app->phones());
        room = app->phones()->room_code();
        const int port = app->phones()->port();
        std::thread phone([&] { token = seat_a_phone(port, room, 1); });
        // Begin and draw; the phone joins and takes Ben's seat in the sleep.
        const int status = play_script(*app, "key Space\nkey Space\nsleep 4\n");
        phone.join();
        REQUIRE(status == 0);
        REQUIRE(token.size() == 32);
    }
    // The save holds the room: its code and the seat's secret.
    std::optional<RoomSecrets> saved = secrets_in_save(*read_file(o.resume));
    REQUIRE(saved);
    CHECK(saved->code == room);
    CHECK(saved->seat_tokens.at(1) == token);

    Options again = o;
    again.players.clear(); // the save's seats
    auto app = headless_app(again);
    REQUIRE(app->phones());
    CHECK(app->phones()->room_code() == room);
    REQUIRE(app->scene()->session_in_play());
    CHECK(app->scene()->session_in_play()->table.seating.size() == 3);
    const int port = app->phones()->port();
    std::string wrong_said, back_said;
    // A phone that rejoins, again while the table is not up yet (as the page does).
    auto rejoin = [&](PhoneClient& p, const std::string& with) {
        std::string said;
        for (int i = 0; i < 40; ++i) {
            p.send(R"({"type":"rejoin","room":")" + room + R"(","seat":1,"token":")" + with +
                   "\"}");
            const auto until = std::chrono::steady_clock::now() + 5s;
            said.clear();
            while (said.empty() && std::chrono::steady_clock::now() < until) {
                std::string m = p.receive(500ms).value_or("");
                if (m.find(R"("type":"seated")") != std::string::npos ||
                    m.find(R"("type":"error")") != std::string::npos)
                    said = m;
            }
            if (said.find("no-table") == std::string::npos)
                return said;
            std::this_thread::sleep_for(100ms);
        }
        return said;
    };
    std::thread phone([&] {
        PhoneClient stranger(port);
        wrong_said = rejoin(stranger, std::string(32, '0'));
        PhoneClient ben(port);
        back_said = rejoin(ben, token);
        // Back in its seat, the phone acts for it: the table hears it.
        ben.send(R"({"type":"act","move":"take","id":9})");
        ben.receive(1s);
    });
    REQUIRE(play_script(*app, "sleep 3\n") == 0);
    phone.join();
    CHECK(wrong_said.find("wrong-token") != std::string::npos);
    CHECK(back_said.find(R"("seat":1)") != std::string::npos);
    CHECK(back_said.find(token) != std::string::npos);
    bool away = false;
    for (const PhoneInfo& p : app->phones()->phones())
        away = away || p.away;
    CHECK(away); // the test's phone has gone again: its seat is marked away
}

TEST_CASE("phones: a phone picks one of a choose step's cards for its seat", "[phones][app]") {
    fs::path dir = fresh_folder("phones-choose");
    Options o = with_phones(dir);
    o.players = {"Ana", "Ben"};
    o.format = "crew-night"; // choose 3, discussion, do
    auto app = headless_app(o, HEARTH_TEST_DECKS "/good/choose");
    REQUIRE(app->phones());
    const std::string room = app->phones()->room_code();
    const int port = app->phones()->port();
    std::string offered_state, refused, after;
    std::thread phone([&] {
        PhoneClient ana(port);
        if (!ana.open())
            return;
        ana.send(R"({"type":"join","room":")" + room + R"(","name":"Ana's phone"})");
        // Seat 0 once the table has seats; then wait for its choose move.
        const auto until = std::chrono::steady_clock::now() + 20s;
        bool claimed = false;
        while (!ana.closed() && std::chrono::steady_clock::now() < until) {
            std::string m = ana.receive(20s).value_or(""); // a read that times out ends the client
            if (!claimed && m.find(R"("seats":[{)") != std::string::npos) {
                ana.send(R"({"type":"claim","seat":0})");
                claimed = true;
            }
            if (claimed && m.find(R"("moves":["choose"])") != std::string::npos) {
                offered_state = m;
                break;
            }
        }
        if (offered_state.empty())
            return;
        ana.send(R"({"type":"act","move":"choose","index":7,"id":3})");
        refused = ana.receive_type("error", 10s).value_or("");
        ana.send(R"({"type":"act","move":"choose","index":1,"id":4})");
        const auto later = std::chrono::steady_clock::now() + 10s;
        while (after.empty() && !ana.closed() && std::chrono::steady_clock::now() < later) {
            std::string m = ana.receive(10s).value_or("");
            if (m.find(R"("offered":[])") != std::string::npos &&
                m.find(R"("phase":"playing")") != std::string::npos)
                after = m;
        }
    });
    // Begin; the choose step lays out three cards; the phone picks in the sleep.
    const int status = play_script(*app, "sleep 1\nkey Space\nsleep 5\n");
    phone.join();
    REQUIRE(status == 0);
    // The phone saw the three cards, with their titles and text, and only
    // Ana's seat may pick (Ben's seat has no move).
    REQUIRE_FALSE(offered_state.empty());
    CHECK(offered_state.find(R"("moves":[],"name":"Ben")") != std::string::npos);
    const auto cards = offered_state.find(R"("offered":[{)");
    CHECK(cards != std::string::npos);
    CHECK(offered_state.find(R"("blocks":)", cards) != std::string::npos);
    CHECK(refused.find("no-such-choice") != std::string::npos);
    CHECK(refused.find(R"("id":3)") != std::string::npos);
    REQUIRE_FALSE(after.empty());
    // The log: the choose action from Ana's phone, and the card chosen for seat 0.
    const std::string log = *read_file(o.log);
    INFO(log);
    const auto act = log.find(R"("action":"choose","index":1)");
    REQUIRE(act != std::string::npos);
    const std::string line = log.substr(act, log.find('\n', act) - act);
    CHECK(line.find(R"("by":{"device":"phone","name":"Ana's phone","seat":0})") !=
          std::string::npos);
    CHECK(log.find(R"("type":"chosen")", act) != std::string::npos);
    CHECK(log.find(R"("action":"choose","index":7)") == std::string::npos);
}

TEST_CASE("phones: a name typed on a phone is seated at set-up when the host presses Insert",
          "[phones][app]") {
    fs::path dir = fresh_folder("phones-setup-name");
    Options o = with_phones(dir);
    o.players.clear(); // the set-up screen, its format chosen
    auto app = headless_app(o);
    REQUIRE(app->phones());
    const std::string room = app->phones()->room_code();
    const int port = app->phones()->port();
    auto setup = [&] { return dynamic_cast<SetupScene*>(app->scene()); };
    REQUIRE(setup());
    // Two phones: Dana's, then one that typed "DANA" (the same name, told apart
    // only by case). The clients stay open: a read that times out ends one.
    PhoneClient dana(port), other(port);
    REQUIRE(dana.open());
    REQUIRE(other.open());
    dana.send(R"({"type":"join","room":")" + room + R"(","name":"Dana"})");
    REQUIRE(dana.receive_type("welcome", 5s));
    other.send(R"({"type":"join","room":")" + room + R"(","name":"DANA"})");
    REQUIRE(other.receive_type("welcome", 5s));
    // In the format step the key does nothing; in the players step nothing is
    // seated until the host presses it.
    REQUIRE(play_script(*app, "sleep 1\nkey Insert\nkey Return\nsleep 1\nshot offer\n") == 0);
    REQUIRE(setup());
    CHECK(setup()->naming_players());
    CHECK(setup()->names().empty());
    CHECK(lists(app->help_keys(), "Insert", "a phone typed"));
    // Insert seats Dana; DANA, the same name to set-up's same-name check, is
    // not offered: a second Insert seats nobody.
    REQUIRE(play_script(*app, "key Insert\nkey Insert\nshot seated\n") == 0);
    REQUIRE(setup());
    CHECK(setup()->names() == std::vector<std::string>{"Dana"});
    // A name typed at the keyboard still goes in beside it; Return starts.
    REQUIRE(play_script(*app, "type Eli\nkey Return\nkey Return\n") == 0);
    REQUIRE(app->scene()->session_in_play());
    CHECK(seat_names(*app->scene()->session_in_play()) == std::vector<std::string>{"Dana", "Eli"});
}

// Seen at 1280x720 with --phones: the names field is narrow beside the join
// panel, and its placeholder ran out of it to the panel's edge.
TEST_CASE("phones: the names field's placeholder stays inside the field beside the join panel",
          "[phones][app]") {
    fs::path dir = fresh_folder("phones-setup-placeholder");
    Options o = with_phones(dir);
    o.players.clear();
    o.format.clear();
    auto app = headless_app(o);
    REQUIRE(app->phones());
    REQUIRE(play_script(*app, "key Return\nshot names\n") == 0);
    SurfacePtr shot = load_shot(dir, "names");
    REQUIRE(shot);
    SDL_Surface* s = shot.get();
    auto off = [&](int x, int y, Color k) {
        Uint32 v = static_cast<Uint32*>(s->pixels)[y * (s->pitch / 4) + x];
        Color c;
        SDL_GetRGBA(v, s->format, &c.r, &c.g, &c.b, &c.a);
        return std::abs(c.r - k.r) + std::abs(c.g - k.g) + std::abs(c.b - k.b);
    };
    auto cloth = [&](int x, int y) { return off(x, y, theme::kCloth) < 24; };
    auto cream = [&](int x, int y) { return off(x, y, theme::kCream) < 24; };
    // The field: the longest stretch of drawn pixels down a column inside it
    // (the text lines around it are shorter).
    const int fx = s->w / 2 + 60;
    int top = -1, len = 0;
    for (int y = 0, run = 0; y < s->h * 3 / 4; ++y) {
        run = cloth(fx, y) ? 0 : run + 1;
        if (run > len) {
            len = run;
            top = y - run + 1;
        }
    }
    REQUIRE(len > 15);
    for (int y = top + len / 4; y < top + len * 3 / 4; ++y) {
        // The panel: the first cream after a stretch of cloth right of the field.
        int x = fx, clear = 0;
        while (x < s->w && !(clear >= 6 && cream(x, y))) {
            clear = cloth(x, y) ? clear + 1 : 0;
            ++x;
        }
        REQUIRE(x < s->w);
        // From the panel back to the field, only cloth (and the field's
        // anti-aliased edge): nothing drawn between them.
        int drawn = 0;
        for (int gx = x - 3; gx > fx && !cream(gx, y); --gx)
            drawn += !cloth(gx, y);
        INFO("row " << y);
        CHECK(drawn <= 2);
    }
}
