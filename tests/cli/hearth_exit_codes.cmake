# A headless run that cannot do what it was asked exits non-zero and says why
# on stderr: cmake -DHEARTH=... -DSCRIPTS=... -DOUT=... -P
function(expect_run name expected_rc expected_err)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL expected_rc)
        message(FATAL_ERROR "${name}: exit ${rc}, expected ${expected_rc}\n${out}\n${err}")
    endif()
    if(NOT err MATCHES "${expected_err}")
        message(FATAL_ERROR "${name}: stderr does not match '${expected_err}':\n${err}")
    endif()
endfunction()

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
set(run ${HEARTH} --headless --script ${SCRIPTS}/summary.txt --out ${OUT})
# One name twice is a mistake on the command line itself (exit 2, as for
# any usage error), like "ana" beside "Ana".
expect_run(duplicate-names 2
    "hearth: --players names one player twice: 'Ana' and 'Ana'" ${run} --players "Ana,Ana" --format circle)
expect_run(names-differing-in-case 2
    "hearth: --players names one player twice: 'Ana' and 'ana'" ${run} --players "Ana,ana" --format circle)
string(REPEAT "x" 61 long)
expect_run(name-of-61-bytes 1 "hearth: The session could not start: [^\n]*60"
    ${run} --players "${long},Bo" --format circle)
expect_run(format-nope 1 "hearth: No such format: the deck has no format 'nope'"
    ${run} --players "Ana,Bo" --format nope)
expect_run(solo-for-five 1 "hearth: The session could not start: [^\n]*; for a solo reflection with the journal: hearth --solo"
    ${run} --format solo --players "A,B,C,D,E")
# A misspelt format is answered with the likely one and the deck's list.
expect_run(format-misspelt 1 "hearth: No such format: the deck has no format 'cirle', did you mean 'circle'\\? \\(its formats: circle, "
    ${run} --players "Ana,Bo" --format cirle)
# A summary that cannot be written fails the run, and says so on stderr.
file(MAKE_DIRECTORY ${OUT}/summary-blocked/summary.md)
expect_run(summary-not-saved 1 "hearth: Could not save [^\n]*summary.md: "
    ${HEARTH} --headless --script ${SCRIPTS}/summary.txt --out ${OUT}/summary-blocked
    --players "Ana,Bo" --format circle)
# --log at a folder: every write fails, and the run says so and fails.
file(MAKE_DIRECTORY ${OUT}/a-folder)
expect_run(log-is-a-folder 1 "hearth: could not write the log: "
    ${run} --players "Ana,Bo" --format circle --log ${OUT}/a-folder)
# What worked before still exits 0.
expect_run(plays 0 "" ${run} --players "Ana,Bo" --format circle --log ${OUT}/log.jsonl)
