#include "game/base/atomic_file.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <unistd.h>
#include <utime.h>

using namespace hearth;
namespace fs = std::filesystem;

SCENARIO("a file written atomically replaces the old one whole and leaves no temporary behind") {
    fs::path dir =
        fs::temp_directory_path() / ("hearth-atomic-" + std::to_string(std::random_device{}()));
    fs::path file = dir / "sub/notes.md";
    REQUIRE_FALSE(write_file_atomically(file, "first"));
    CHECK(read_file(file) == "first");
    REQUIRE_FALSE(write_file_atomically(file, std::string(100000, 'x')));
    CHECK(read_file(file)->size() == 100000);
    int entries = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir / "sub"))
        ++entries;
    CHECK(entries == 1);
    bool too_large = false;
    CHECK_FALSE(read_file(file, 10, &too_large));
    CHECK(too_large);
    CHECK(write_file_atomically(dir / "sub/notes.md/x", "y").has_value());
    fs::remove_all(dir);
}

// ------------------------------------------------------------ what is never written through

namespace {

struct Folder {
    fs::path path;
    explicit Folder(const std::string& name) {
        path = fs::temp_directory_path() /
               ("hearth-" + name + "-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

} // namespace

SCENARIO("a symlink planted at the predictable temporary name never makes a save overwrite "
         "another file") {
    Folder dir("planted"), elsewhere("victim");
    const fs::path victim = elsewhere.path / "victim.txt";
    REQUIRE_FALSE(write_file_atomically(victim, "precious\n"));
    // The name the temporary file had before: .NAME.tmp-PID.
    fs::create_symlink(victim, dir.path / (".night.save.tmp-" + std::to_string(::getpid())));
    REQUIRE_FALSE(write_file_atomically(dir.path / "night.save", "the save\n"));
    CHECK(read_file(victim) == "precious\n");
    CHECK(read_file(dir.path / "night.save") == "the save\n");
}

SCENARIO("temporary files have unpredictable names made new with O_EXCL") {
    Folder dir("tmpnames");
    auto a = create_temporary_beside(dir.path / "x.md", 0600);
    auto b = create_temporary_beside(dir.path / "x.md", 0600);
    REQUIRE(std::holds_alternative<TemporaryFile>(a));
    REQUIRE(std::holds_alternative<TemporaryFile>(b));
    const TemporaryFile& ta = std::get<TemporaryFile>(a);
    const TemporaryFile& tb = std::get<TemporaryFile>(b);
    CHECK(ta.path != tb.path);
    const std::string name = ta.path.filename().string();
    CHECK(name.rfind(".x.md.tmp-" + std::to_string(::getpid()) + "-", 0) == 0);
    CHECK(temporary_owner(name, "x.md") == ::getpid());
    ::close(ta.fd);
    ::close(tb.fd);
}

SCENARIO("atomic replacement refuses to replace anything that is not a regular file") {
    Folder dir("special");
    auto refused = [&](const fs::path& p) {
        auto why = write_file_atomically(p, "x");
        REQUIRE(why);
        // Nothing was left behind beside it either.
        for (const auto& e : fs::directory_iterator(dir.path))
            CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
        return *why;
    };
    GIVEN("a FIFO") {
        const fs::path fifo = dir.path / "log.jsonl";
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        CHECK(refused(fifo) == "cannot replace " + fifo.string() +
                                   ": it is a FIFO, and Hearth replaces only regular files");
        CHECK(fs::is_fifo(fifo));
    }
    GIVEN("a device node made in a temporary folder (as root; a user may not make one)") {
        const fs::path dev = dir.path / "full";
        if (::mknod(dev.c_str(), S_IFCHR | 0600, makedev(1, 7)) == 0) {
            CHECK(refused(dev) == "cannot replace " + dev.string() +
                                      ": it is a device, and Hearth replaces only regular files");
            CHECK(fs::is_character_file(dev));
        }
    }
    GIVEN("a folder") {
        fs::create_directories(dir.path / "save");
        CHECK(refused(dir.path / "save").find("it is a folder") != std::string::npos);
    }
    GIVEN("a symbolic link") {
        REQUIRE_FALSE(write_file_atomically(dir.path / "real", "real\n"));
        fs::create_symlink(dir.path / "real", dir.path / "link");
        CHECK(refused(dir.path / "link").find("it is a symbolic link") != std::string::npos);
        CHECK(read_file(dir.path / "real") == "real\n");
        CHECK(fs::is_symlink(dir.path / "link"));
    }
    GIVEN("a socket") {
        const fs::path sock = dir.path / "s";
        int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::strncpy(addr.sun_path, sock.c_str(), sizeof addr.sun_path - 1);
        if (sock.string().size() < sizeof addr.sun_path &&
            ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0)
            CHECK(refused(sock).find("it is a socket") != std::string::npos);
        ::close(fd);
    }
}

SCENARIO("reading a FIFO in a file's place returns at once, with nothing") {
    Folder dir("readfifo");
    const fs::path fifo = dir.path / "night.save";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK_FALSE(read_file(fifo));
}

SCENARIO("Hearth's own stale temporary files are removed by their exact pattern") {
    Folder dir("stale-all");
    const std::string gone = std::to_string(std::stol(*read_file("/proc/sys/kernel/pid_max")) + 1);
    const std::string live = std::to_string(::getppid());
    auto put = [&](const std::string& name) {
        REQUIRE_FALSE(write_file_atomically(dir.path / name, "x"));
    };
    put(".s.json.tmp-" + gone);                 // an old-style name, its process gone
    put(".s.json.tmp-" + gone + "-a1B2c3");     // a new-style name, its process gone
    put(".s.json.tmp-" + live + "-a1B2c3");     // a live process's
    put(".s.json.tmp-" + gone + "-a1B2c3.bak"); // not Hearth's pattern
    put(".other.tmp-" + gone);                  // a target Hearth was not asked about
    put("s.json.tmp-" + gone);                  // no leading dot
    put(".old.json.tmp-" + live);               // a live process id, but a day old
    ::utimbuf old{0, 0};
    REQUIRE(::utime((dir.path / (".old.json.tmp-" + live)).c_str(), &old) == 0);
    int removed = remove_stale_temporaries(dir.path, [](std::string_view target) {
        return target == "s.json" || target == "old.json";
    });
    CHECK(removed == 3);
    CHECK_FALSE(fs::exists(dir.path / (".s.json.tmp-" + gone)));
    CHECK_FALSE(fs::exists(dir.path / (".s.json.tmp-" + gone + "-a1B2c3")));
    CHECK_FALSE(fs::exists(dir.path / (".old.json.tmp-" + live)));
    CHECK(fs::exists(dir.path / (".s.json.tmp-" + live + "-a1B2c3")));
    CHECK(fs::exists(dir.path / (".s.json.tmp-" + gone + "-a1B2c3.bak")));
    CHECK(fs::exists(dir.path / (".other.tmp-" + gone)));
    CHECK(fs::exists(dir.path / ("s.json.tmp-" + gone)));
}
