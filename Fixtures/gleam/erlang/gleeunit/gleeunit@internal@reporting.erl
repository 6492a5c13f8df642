-module(gleeunit@internal@reporting).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleeunit/internal/reporting.gleam").
-export([new_state/0, finished/1, test_passed/1, test_failed/4, test_skipped/3, eunit_missing/0]).
-export_type([state/0]).

-type state() :: {state, integer(), integer(), integer()}.

-file("src/gleeunit/internal/reporting.gleam", 14).
-spec new_state() -> state().
new_state() ->
    {state, 0, 0, 0}.

-file("src/gleeunit/internal/reporting.gleam", 160).
-spec colour(binary(), binary()) -> binary().
colour(Code, Text) ->
    <<<<<<<<"\x{001b}["/utf8, Code/binary>>/binary, "m"/utf8>>/binary, Text/binary>>/binary,
        "\x{001b}[39m"/utf8>>.

-file("src/gleeunit/internal/reporting.gleam", 164).
-spec bold(binary()) -> binary().
bold(Text) ->
    <<<<"\x{001b}[1m"/utf8, Text/binary>>/binary, "\x{001b}[22m"/utf8>>.

-file("src/gleeunit/internal/reporting.gleam", 18).
-spec finished(state()) -> integer().
finished(State) ->
    case State of
        {state, 0, 0, 0} ->
            gleam_stdlib:println(<<"\nNo tests found!"/utf8>>),
            1;

        {state, Passed, 0, 0} ->
            gleam_stdlib:println(
                colour(
                    <<"32"/utf8>>,
                    <<<<"\n"/utf8, (erlang:integer_to_binary(Passed))/binary>>/binary,
                        " passed, no failures"/utf8>>
                )
            ),
            0;

        {state, Passed@1, Failed, Skipped} ->
            Skips = case Skipped of
                0 ->
                    <<""/utf8>>;

                _ ->
                    <<<<", "/utf8, (erlang:integer_to_binary(Skipped))/binary>>/binary,
                        " skipped"/utf8>>
            end,
            gleam_stdlib:println(
                colour(
                    <<"31"/utf8>>,
                    <<<<<<<<<<"\n"/utf8, (erlang:integer_to_binary(Passed@1))/binary>>/binary,
                                    " passed, "/utf8>>/binary,
                                (erlang:integer_to_binary(Failed))/binary>>/binary,
                            " failures"/utf8>>/binary,
                        Skips/binary>>
                )
            ),
            1
    end.

-file("src/gleeunit/internal/reporting.gleam", 44).
-spec test_passed(state()) -> state().
test_passed(State) ->
    gleam_stdlib:print(colour(<<"32"/utf8>>, <<"."/utf8>>)),
    {state,
        erlang:element(2, State) + 1,
        erlang:element(3, State),
        erlang:element(4, State)}.

-file("src/gleeunit/internal/reporting.gleam", 49).
-spec test_failed(state(), binary(), binary(), gleam@dynamic:dynamic_()) -> state().
test_failed(State, Module, Function, Error) ->
    Message = case gleeunit_gleam_panic_ffi:from_dynamic(Error) of
        {ok, Panic} ->
            Source = gleam@option:from_result(
                file:read_file(erlang:element(3, Panic))
            ),
            format_gleam_error(Panic, Module, Function, Source);

        {error, _} ->
            format_unknown(Module, Function, Error)
    end,
    gleam_stdlib:print(<<"\n"/utf8, Message/binary>>),
    {state,
        erlang:element(2, State),
        erlang:element(3, State) + 1,
        erlang:element(4, State)}.

-file("src/gleeunit/internal/reporting.gleam", 66).
-spec format_unknown(binary(), binary(), gleam@dynamic:dynamic_()) -> binary().
format_unknown(Module, Function, Error) ->
    erlang:list_to_binary(
        [<<(colour(<<"90"/utf8>>, <<<<Module/binary, "."/utf8>>/binary, Function/binary>>))/binary,
                "\n"/utf8>>,
            <<"An unexpected error occurred:\n\n"/utf8>>,
            <<<<"  "/utf8, (gleam@string:inspect(Error))/binary>>/binary, "\n"/utf8>>]
    ).

-file("src/gleeunit/internal/reporting.gleam", 75).
-spec labelled(binary(), binary()) -> binary().
labelled(Label, Text) ->
    <<<<<<(colour(<<"36"/utf8>>, Label))/binary, ": "/utf8>>/binary, Text/binary>>/binary,
        "\n"/utf8>>.

-file("src/gleeunit/internal/reporting.gleam", 80).
-spec format_gleam_error(
    gleeunit@internal@gleam_panic:gleam_panic(),
    binary(),
    binary(),
    gleam@option:option(bitstring())
) -> binary().
format_gleam_error(Error, Module, Function, Source) ->
    {gleam_panic, Message, File, _, _, Line, Kind} = Error,
    Location = colour(
        <<"90"/utf8>>,
        <<<<File/binary, ":"/utf8>>/binary, (erlang:integer_to_binary(Line))/binary>>
    ),
    Test = labelled(<<" test"/utf8>>, <<<<Module/binary, "."/utf8>>/binary, Function/binary>>),
    Info = labelled(<<" info"/utf8>>, Message),
    case Kind of
        panic ->
            erlang:list_to_binary(
                [<<<<(bold(colour(<<"31"/utf8>>, <<"panic"/utf8>>)))/binary, " "/utf8>>/binary,
                        Location/binary, "\n"/utf8>>,
                    Test,
                    Info]
            );

        todo ->
            erlang:list_to_binary(
                [<<<<(bold(colour(<<"33"/utf8>>, <<"todo"/utf8>>)))/binary, " "/utf8>>/binary,
                        Location/binary, "\n"/utf8>>,
                    Test,
                    Info]
            );

        {assert, Start, End, _, Assert_kind} ->
            erlang:list_to_binary(
                [<<<<(bold(colour(<<"31"/utf8>>, <<"assert"/utf8>>)))/binary, " "/utf8>>/binary,
                        Location/binary, "\n"/utf8>>,
                    Test,
                    code_snippet(Source, Start, End),
                    assert_info(Assert_kind),
                    Info]
            );

        {let_assert, Start@1, End@1, _, _, Value} ->
            erlang:list_to_binary(
                [<<<<(bold(colour(<<"31"/utf8>>, <<"let assert"/utf8>>)))/binary, " "/utf8>>/binary,
                        Location/binary, "\n"/utf8>>,
                    Test,
                    code_snippet(Source, Start@1, End@1),
                    labelled(<<"value"/utf8>>, gleam@string:inspect(Value)),
                    Info]
            )
    end.

-file("src/gleeunit/internal/reporting.gleam", 126).
-spec assert_info(gleeunit@internal@gleam_panic:assert_kind()) -> binary().
assert_info(Kind) ->
    case Kind of
        {binary_operator, _, Left, Right} ->
            erlang:list_to_binary(
                [labelled(<<" left"/utf8>>, inspect_value(Left)),
                    labelled(<<"right"/utf8>>, inspect_value(Right))]
            );

        {function_call, Arguments} ->
            _pipe = Arguments,
            _pipe@1 = gleam@list:index_map(
                _pipe,
                fun(Argument, Index) ->
                    labelled(
                        gleam@string:pad_start(
                            erlang:integer_to_binary(Index),
                            5,
                            <<" "/utf8>>
                        ),
                        inspect_value(Argument)
                    )
                end
            ),
            erlang:list_to_binary(_pipe@1);

        {other_expression, _} ->
            <<""/utf8>>
    end.

-file("src/gleeunit/internal/reporting.gleam", 146).
-spec inspect_value(gleeunit@internal@gleam_panic:asserted_expression()) -> binary().
inspect_value(Value) ->
    case erlang:element(4, Value) of
        unevaluated ->
            colour(<<"90"/utf8>>, <<"unevaluated"/utf8>>);

        {literal, Value@1} ->
            gleam@string:inspect(Value@1);

        {expression, Value@2} ->
            gleam@string:inspect(Value@2)
    end.

-file("src/gleeunit/internal/reporting.gleam", 150).
-spec code_snippet(gleam@option:option(bitstring()), integer(), integer()) -> binary().
code_snippet(Source, Start, End) ->
    _pipe = gleam@result:'try'(
        gleam@option:to_result(Source, nil),
        fun(Source@1) ->
            gleam@result:'try'(
                gleam_stdlib:bit_array_slice(Source@1, Start, End - Start),
                fun(Snippet) ->
                    gleam@result:'try'(
                        gleam@bit_array:to_string(Snippet),
                        fun(Snippet@1) -> {ok, labelled(<<" code"/utf8>>, Snippet@1)} end
                    )
                end
            )
        end
    ),
    gleam@result:unwrap(_pipe, <<""/utf8>>).

-file("src/gleeunit/internal/reporting.gleam", 168).
-spec test_skipped(state(), binary(), binary()) -> state().
test_skipped(State, Module, Function) ->
    gleam_stdlib:print(
        <<<<<<<<"\n"/utf8, Module/binary>>/binary, "."/utf8>>/binary, Function/binary>>/binary,
            (colour(<<"33"/utf8>>, <<" skipped"/utf8>>))/binary>>
    ),
    {state,
        erlang:element(2, State),
        erlang:element(3, State),
        erlang:element(4, State) + 1}.

-file("src/gleeunit/internal/reporting.gleam", 174).
-spec eunit_missing() -> {ok, any()} | {error, nil}.
eunit_missing() ->
    gleam_stdlib:print_error(
        <<(bold(colour(<<"31"/utf8>>, <<"Error"/utf8>>)))/binary,
            ": EUnit libraries not found.\n"/utf8>>
    ),
    {error, nil}.
