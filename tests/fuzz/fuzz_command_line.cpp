// libFuzzer target: any bytes as a command line, split at NUL bytes into the
// arguments (as the kernel hands them over). It gives options or one reason.
#include "engine/cli_options.hpp"
#include "fuzz_common.hpp"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text = hearth::fuzz::bytes(data, size);
    std::vector<std::string_view> args;
    for (std::size_t pos = 0; pos <= text.size();) {
        std::size_t end = text.find('\0', pos);
        if (end == std::string_view::npos)
            end = text.size();
        args.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    auto r = hearth::parse_options(args);
    (void)r;
    return 0;
}
