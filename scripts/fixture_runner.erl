%% Runs one fixture program and prints what `beamr run` must print for it.
%%
%%   erl -noshell -noinput -boot start_clean -pa <program dir> -pa <runner dir> \
%%       -s fixture_runner main <module>
%%
%% <module>:main() runs in a freshly spawned process (clean process dictionary,
%% no links to the runner), which is monitored until it finishes.  Whatever the
%% program prints itself goes to stdout as it happens.  Then:
%%
%%  * normal return with value R: stdout gets the text of io_lib:format("~0p", [R])
%%    and a newline; the exit status is 0.
%%  * uncaught exception Class:Reason:Stack: stderr gets
%%
%%      ** exception Class: Reason
%%           in function  M:F/Arity (File, line Line)
%%              called as M:F(Arg1, Arg2)
%%           in call from M:F/Arity (File, line Line)
%%
%%    (Reason and the arguments printed with ~0p; the "called as" line only when
%%    a frame carries its argument list; the location only when the frame
%%    has both a file and a line; frames of the runner and below are dropped);
%%    the exit status is 1.
%%
%% Both standard output and standard error are switched to UTF-8 so that the
%% bytes written do not depend on the locale or on the OTP release.
-module(fixture_runner).
-export([main/1]).

main([Module]) when is_atom(Module) ->
    _ = io:setopts(standard_io, [{encoding, unicode}]),
    _ = io:setopts(standard_error, [{encoding, unicode}]),
    Status = case run(Module) of
                 {return, Value} ->
                     io:put_chars(standard_io, [io_lib:format("~0p", [Value]), $\n]),
                     0;
                 {exception, Class, Reason, Stack} ->
                     io:put_chars(standard_error, format_exception(Class, Reason, Stack)),
                     1
             end,
    erlang:halt(Status, [{flush, true}]).

run(Module) ->
    Parent = self(),
    Tag = make_ref(),
    {Pid, MRef} =
        spawn_monitor(fun() ->
                              Result = try Module:main() of
                                           Value -> {return, Value}
                                       catch
                                           Class:Reason:Stack ->
                                               {exception, Class, Reason, Stack}
                                       end,
                              Parent ! {Tag, Result}
                      end),
    receive
        {Tag, Result} ->
            receive {'DOWN', MRef, process, Pid, _} -> ok end,
            Result;
        {'DOWN', MRef, process, Pid, Why} ->
            %% Killed from the outside (e.g. by a linked process of the program).
            {exception, exit, Why, []}
    end.

format_exception(Class, Reason, Stack) ->
    Header = io_lib:format("** exception ~0p: ~0p~n", [Class, Reason]),
    Frames = user_frames(Stack),
    [Header | format_frames(Frames, true)].

%% Everything from the first frame of the runner (or of the shell and boot
%% machinery) onwards is not part of the program's own stack.
user_frames([]) -> [];
user_frames([Frame | Rest]) ->
    case lists:member(element(1, Frame), [?MODULE, erl_eval, init, proc_lib, shell]) of
        true -> [];
        false -> [Frame | user_frames(Rest)]
    end.

format_frames([], _First) -> [];
format_frames([{M, F, ArgsOrArity, Info} | Rest], First) ->
    Arity = case ArgsOrArity of
                Args when is_list(Args) -> length(Args);
                N when is_integer(N) -> N
            end,
    Location = case {lists:keyfind(file, 1, Info), lists:keyfind(line, 1, Info)} of
                   {{file, File}, {line, Line}} -> io_lib:format(" (~ts, line ~w)", [File, Line]);
                   _ -> ""
               end,
    Lead = case First of
               true -> "     in function  ";
               false -> "     in call from "
           end,
    Line1 = io_lib:format("~ts~0p:~0p/~w~ts~n", [Lead, M, F, Arity, Location]),
    CalledAs = case ArgsOrArity of
                   ArgList when is_list(ArgList) ->
                       ArgText = lists:join(", ", [io_lib:format("~0p", [A]) || A <- ArgList]),
                       io_lib:format("        called as ~0p:~0p(~ts)~n", [M, F, ArgText]);
                   _ -> ""
               end,
    [Line1, CalledAs | format_frames(Rest, false)];
format_frames([_Other | Rest], First) ->
    format_frames(Rest, First).
