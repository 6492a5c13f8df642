%% Reads that block (on FIFOs nobody writes to yet) hold up only the processes that made
%% them: with more blocked readers than schedulers, other processes keep running, and the
%% readers get their data once a writer comes.
-module(otp_file_fifo).
-export([main/0]).

main() ->
    Base = filename:join("/tmp", "beamr_otp_file_fifo_" ++ os:getpid() ++ "_"
                         ++ integer_to_list(erlang:unique_integer([positive]))),
    Fifos = [Base ++ "_" ++ integer_to_list(N) || N <- lists:seq(1, 4)],
    [] = os:cmd("mkfifo " ++ lists:join(" ", Fifos)),
    try run(Fifos) after [file:delete(F) || F <- Fifos] end.

run(Fifos) ->
    Self = self(),
    Readers = [spawn(fun() -> Self ! {self(), read(F)} end) || F <- Fifos],
    %% Everything below runs while the readers wait.
    Sum = lists:sum([N * N || N <- lists:seq(1, 20000)]),
    Pongs = ping_pong(200),
    Info = file:read_file_info(hd(Fifos)),
    Waiting = [is_process_alive(R) || R <- Readers],
    [write(F, "data for " ++ integer_to_list(N)) || {N, F} <- lists:zip(lists:seq(1, length(Fifos)), Fifos)],
    Results = [receive {R, Result} -> Result end || R <- Readers],
    [{sum, Sum}, {pongs, Pongs}, {fifo_type, element(3, element(2, Info))}, {waiting, Waiting},
     {results, Results}].

read(F) ->
    {ok, D} = file:open(F, [read, raw, binary]),
    Data = read_all(D, []),
    ok = file:close(D),
    Data.

read_all(D, Acc) ->
    case file:read(D, 4) of
        {ok, Bytes} -> read_all(D, [Bytes | Acc]);
        eof -> iolist_to_binary(lists:reverse(Acc))
    end.

write(F, Text) ->
    {ok, D} = file:open(F, [write, raw]),
    ok = file:write(D, Text),
    ok = file:close(D).

ping_pong(N) ->
    Echo = spawn(fun Loop() -> receive {From, X} -> From ! {pong, X}, Loop(); stop -> ok end end),
    Count = length([receive {pong, I} -> I end || I <- lists:seq(1, N), (Echo ! {self(), I}) =/= x]),
    Echo ! stop,
    Count.
