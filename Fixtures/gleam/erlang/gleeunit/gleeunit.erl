-module(gleeunit).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleeunit.gleam").
-export([main/0]).
-export_type([report_module_name/0, progress_option/0, eunit_option/0]).

-type report_module_name() :: gleeunit_progress.

-type progress_option() :: {colored, boolean()}.

-type eunit_option() :: verbose |
    no_tty |
    {report, {report_module_name(), list(progress_option())}} |
    {scale_timeouts, integer()}.

-file("src/gleeunit.gleam", 36).
-spec module_name(binary()) -> binary().
module_name(Path) ->
    case gleam_stdlib:string_ends_with(Path, <<".gleam"/utf8>>) of
        true ->
            _pipe = Path,
            _pipe@1 = gleam@string:replace(_pipe, <<".gleam"/utf8>>, <<""/utf8>>),
            gleam@string:replace(_pipe@1, <<"/"/utf8>>, <<"@"/utf8>>);

        false ->
            _pipe@2 = Path,
            _pipe@3 = gleam@string:split(_pipe@2, <<"/"/utf8>>),
            _pipe@4 = gleam@list:last(_pipe@3),
            _pipe@5 = gleam@result:unwrap(_pipe@4, Path),
            gleam@string:replace(_pipe@5, <<".erl"/utf8>>, <<""/utf8>>)
    end.

-file("src/gleeunit.gleam", 15).
-spec do_main() -> nil.
do_main() ->
    Options = [verbose,
        no_tty,
        {report, {gleeunit_progress, [{colored, true}]}},
        {scale_timeouts, 10}],
    Result = begin
        _pipe = gleeunit_ffi:find_files(
            <<"**/*.{erl,gleam}"/utf8>>,
            <<"test"/utf8>>
        ),
        _pipe@1 = gleam@list:map(_pipe, fun module_name/1),
        _pipe@2 = gleam@list:map(
            _pipe@1,
            fun(_capture) -> erlang:binary_to_atom(_capture, utf8) end
        ),
        gleeunit_ffi:run_eunit(_pipe@2, Options)
    end,
    Code = case Result of
        {ok, _} ->
            0;

        {error, _} ->
            1
    end,
    erlang:halt(Code).

-file("src/gleeunit.gleam", 10).
-spec main() -> nil.
main() ->
    do_main().
