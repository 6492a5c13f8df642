%% The re module's options: every compile option, the run options (offsets, anchoring,
%% empty matches, limits, error reports), each capture specification and type, named
%% groups (inspect, duplicates), compiled patterns shared with another process or copied
%% through the external format, and the errors for bad arguments and bad options.
-module(otp_re_options).
-export([main/0]).

main() ->
    [{compile, compile_options()},
     {run, run_options()},
     {capture, captures()},
     {names, names()},
     {shared, shared()},
     {limits, limits()},
     {exported, exported()},
     {errors, errors()}].

%% The observable parts of a compiled pattern (the fifth element is opaque).
shape({ok, {re_pattern, Groups, Unicode, CRLF, _}}) -> {Groups, Unicode, CRLF};
shape(Other) -> Other.

compile_options() ->
    Opts = [[], [caseless], [multiline], [dotall], [extended], [anchored], [dollar_endonly],
            [firstline], [no_auto_capture], [ungreedy], [ucp], [never_utf], [no_start_optimize],
            [dupnames], [bsr_anycrlf], [bsr_unicode], [{newline, cr}], [{newline, lf}],
            [{newline, crlf}], [{newline, anycrlf}], [{newline, any}], [unicode]],
    [{O, shape(re:compile("(a)(?<n>b)?", O))} || O <- Opts] ++
    [{caseless, re:run("xABc", "ab", [caseless])},
     {multiline, re:run("a\nb\nc", "^b$", [multiline])},
     {no_multiline, re:run("a\nb\nc", "^b$")},
     {dotall, re:run("a\nb", "a.b", [dotall])},
     {no_dotall, re:run("a\nb", "a.b")},
     {extended, re:run("abc", "a b # comment\n c", [extended])},
     {anchored, re:run("xab", "ab", [anchored])},
     {dollar_endonly, re:run("ab\n", "ab$", [dollar_endonly])},
     {dollar, re:run("ab\n", "ab$")},
     {firstline, re:run("x\nab", "ab", [firstline])},
     {no_auto_capture, re:run("ab", "(a)(b)", [no_auto_capture])},
     {ungreedy, re:run("aaa", "a+", [ungreedy])},
     {ungreedy_lazy, re:run("aaa", "a+?", [ungreedy])},
     {crlf, re:run("a\r\nb", "^b", [multiline, {newline, crlf}])},
     {cr, re:run("a\rb", "^b", [multiline, {newline, cr}])},
     {lf_no_cr, re:run("a\rb", "^b", [multiline, {newline, lf}])},
     {anycrlf, re:run("a\rb\r\nc", "^.$", [multiline, global, {newline, anycrlf}])},
     {bsr_anycrlf, re:run("a\x{0b}b", "a\\Rb", [bsr_anycrlf])},
     {bsr_unicode, re:run("a\x{0b}b", "a\\Rb", [bsr_unicode])},
     {inline_options, re:run("AB", "(?i)ab")}].

run_options() ->
    S = <<"one two three two one">>,
    {ok, MP} = re:compile("t(w|h)"),
    [{offset, re:run(S, MP, [{offset, 5}])},
     {offset_end, re:run(S, MP, [{offset, byte_size(S)}])},
     {global, re:run(S, MP, [global])},
     {global_offset, re:run(S, MP, [global, {offset, 9}])},
     {anchored_run, re:run(S, MP, [anchored])},
     {anchored_offset, re:run(S, MP, [anchored, {offset, 4}])},
     {notbol, re:run("ab", "^a", [notbol])},
     {noteol, re:run("ab", "b$", [noteol])},
     {notempty, re:run("abc", "x*", [notempty])},
     {empty, re:run("abc", "x*")},
     {notempty_atstart, re:run("abc", "x*|b", [notempty_atstart])},
     {global_empty, re:run("abc", "x*", [global])},
     {global_empty_crlf, re:run("a\r\nb", "", [global, {newline, crlf}])},
     {global_empty_lf, re:run("a\r\nb", "", [global])},
     {global_lookahead, re:run("aaa", "(?=a)", [global])},
     {iolist, re:run(["ab", [$c, <<"de">>], <<>>, [[$f]]], "cde")},
     {iolist_binary, re:run(["ab", <<"cd">>], "bc", [{capture, all, binary}])},
     {nomatch, re:run("abc", "d")},
     {textual_binary, re:run(<<"abc">>, <<"b">>)},
     {textual_iolist, re:run("abc", [$b, <<"c">>])},
     {empty_subject, re:run("", "^$")},
     {empty_pattern, re:run("abc", "")}].

captures() ->
    S = "2024-01-15",
    P = "(?<y>\\d+)-(?<m>\\d+)-(?<d>\\d+)(?<z>x)?",
    Specs = [all, all_but_first, first, none, [], all_names, [0], [3, 1], [d, y],
             ["m", <<"d">>], [z, 4, 9, nope], [y, 0, "nope"]],
    [{V, T, re:run(S, P, [{capture, V, T}])} || V <- Specs, T <- [index, list, binary]] ++
    [{two_tuple, re:run(S, P, [{capture, [m]}])},
     {trailing_unset, re:run("abc", "(b)(z)?", [{capture, all, list}])},
     {middle_unset, re:run("ac", "(a)(b)?(c)", [{capture, all, binary}])},
     {middle_unset_index, re:run("ac", "(a)(b)?(c)", [{capture, all_but_first}])},
     {last_capture_wins, re:run("ab", "(a)(b)", [{capture, first}, {capture, [2], list}])},
     {global_list, re:run("a1b22c333", "\\d+", [global, {capture, all, list}])},
     {global_names, re:run(S, P, [global, {capture, [y, d], binary}])},
     {global_none, re:run("aXbX", "X", [global, {capture, none}])},
     {global_nomatch, re:run("abc", "X", [global, {capture, all, list}])},
     {sub_binary, re:run(<<"prefix:", (binary:copy(<<"x">>, 100))/binary, ":suffix">>,
                         ":(\\w+)$", [{capture, all_but_first, binary}])}].

names() ->
    {ok, MP} = re:compile("(?<year>\\d+)-(?<month>\\d+)|(?<word>[a-z]+)"),
    {ok, Dup} = re:compile("(?<n>a)|(?<n>b)|(?<o>c)", [dupnames]),
    {ok, None} = re:compile("(a)(b)"),
    [re:inspect(MP, namelist), re:inspect(Dup, namelist), re:inspect(None, namelist),
     re:run("x 12-3", MP, [{capture, all_names, list}]),
     re:run("word", MP, [{capture, all_names, index}]),
     re:run("b", Dup, [{capture, all_names, list}]),
     re:run("a", Dup, [{capture, [n, o], index}]),
     re:run("c", Dup, [{capture, [n], binary}]),
     re:run("ab", None, [{capture, all_names}]),
     re:run("ab", "(?J)(?<x>a)|(?<x>b)", [{capture, [x], list}])].

shared() ->
    {ok, MP} = re:compile("(\\w+)@(\\w+)", [caseless]),
    Self = self(),
    Pid = spawn(fun() -> receive {P, S} -> Self ! {self(), re:run(S, P, [{capture, all_but_first, list}])} end end),
    Pid ! {MP, "Mail: Joe@Example"},
    Remote = receive {Pid, R} -> R end,
    Copied = binary_to_term(term_to_binary(MP)),
    [Remote, re:run("a@b", Copied), MP =:= Copied,
     [re:run(integer_to_list(N) ++ "@x", MP, [{capture, [1], list}]) || N <- lists:seq(1, 5)]].

limits() ->
    S = lists:duplicate(30, $a) ++ "b",
    [re:run(S, "(a|aa)+$", [report_errors, {match_limit, 1000}]),
     re:run(S, "(a|aa)+$", [{match_limit, 1000}]),
     re:run(S, "(a|aa)+$", [report_errors, {match_limit_recursion, 10}]),
     re:run(S, "(a|aa)+$", [report_errors, global, {match_limit, 1000}]),
     re:run("aaa", "(a)(?:(b)|c)?", [report_errors, {match_limit_recursion, 1000}]),
     re:run("abc", "(", [report_errors]),
     re:run("abc", "a{2,1}", [report_errors, global])].

%% Exported patterns (OTP 28 and later; OTP 25 refuses the option).
exported() ->
    Fail = fun(F) -> try F() catch error:R -> R end end,
    try re:compile("a(?<x>b)", [export, caseless]) of
        {ok, E} ->
            MP = re:import(E),
            [element(1, E), byte_size(element(2, E)), element(3, E), element(4, E), shape({ok, MP}),
             re:run("xAB", MP, [{capture, all, list}]), re:inspect(MP, namelist),
             Fail(fun() -> re:run("xab", E) end), Fail(fun() -> re:inspect(E, namelist) end),
             Fail(fun() -> re:import(MP) end), Fail(fun() -> re:run("a", "a", [export]) end),
             element(3, element(2, re:compile("é", [export, unicode])))]
    catch
        error:R -> R
    end.

errors() ->
    {ok, MP} = re:compile("a"),
    Cases = [fun() -> re:compile(1) end,
             fun() -> re:compile("a", [global]) end,
             fun() -> re:compile("a", [bogus]) end,
             fun() -> re:compile("a", notalist) end,
             fun() -> re:compile([256]) end,
             fun() -> re:run(1, "a") end,
             fun() -> re:run("a", 1) end,
             fun() -> re:run("a", "a", [bogus]) end,
             fun() -> re:run("a", "a", [{offset, -1}]) end,
             fun() -> re:run("a", "(") end,
             fun() -> re:run("a", MP, [caseless]) end,
             fun() -> re:run("a", {re_pattern, 0, 0, 0, <<"junk">>}) end,
             fun() -> re:run("a", {re_pattern, 0, 0}) end,
             fun() -> re:run("a", "a", [{capture, all, bogus}]) end,
             fun() -> re:run("a", "a", [{capture, bogus}]) end,
             fun() -> re:run("a", "a", [{capture, [-1]}]) end,
             fun() -> re:run("a", "a", [{capture, [1.5]}]) end,
             fun() -> re:run([$a, 256], "a") end,
             fun() -> re:run(<<1:3>>, "a") end,
             fun() -> re:inspect(MP, bogus) end,
             fun() -> re:inspect(bogus, namelist) end,
             fun() -> re:internal_run("a", "a", [], sometimes) end],
    [try F() of V -> {ok, V} catch error:R:St -> {R, top(St)} end || F <- Cases] ++
    [element(1, re:compile(P)) || P <- ["(", "[a", "a{2,1}", "*", "\\", "(?<n>a)(?<n>b)", "a)"]] ++
    [re:compile("(unclosed"), re:compile("a{3,2}"), re:compile("[a-"), re:compile("x\\")] ++
    [{P, re:compile(P)} || P <- ["abc)", "*a", "a**", "[z-a]", "(?<1n>a)", "(?z)", "[[:foo:]]", "[:alpha:]",
                                 "(?<n>a)(?<n>b)", "\\p{Foo}", "(?<=a+)b", "a(?<=x|yz*)", "[[.a.]]",
                                 "(?C256)", "\\x{110000}", "(*FOO)", "(?P<n", "a(?#c", "\\o{8}", "[\\N]",
                                 "(?|(?<a>x)|(?<b>y))", "\\400", "(?(?=a)b|c|d)", "(?(DEFINE)a|b)"]].

%% The failing function's frame, without the caller's location (which would repeat
%% this file's line numbers); compiled patterns in the arguments are opaque.
top([{M, F, A, Info} | _]) -> {M, F, opaque(A), [I || {error_info, _} = I <- Info]}.

opaque({re_pattern, _, _, _, _}) -> mp;
opaque(L) when is_list(L) -> [opaque(X) || X <- L];
opaque(X) -> X.
