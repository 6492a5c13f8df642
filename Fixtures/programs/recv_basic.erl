%% spawn, send and receive between two processes: a worker squares numbers
%% sent to it and replies in order; messages from one sender arrive in the
%% order they were sent.
-module(recv_basic).
-export([main/0]).

main() ->
    Parent = self(),
    Worker = spawn(fun() -> worker(Parent) end),
    [Worker ! {square, N} || N <- [1, 2, 3, 4, 5]],
    Replies = [receive {result, R} -> R end || _ <- [1, 2, 3, 4, 5]],
    Worker ! {stop, self()},
    Final = receive {stopped, Count} -> Count end,
    Self = self() ! {note, to_self},
    Own = receive {note, X} -> X end,
    [Replies, Final, Self, Own, is_process_alive(self())].

worker(Parent) -> worker(Parent, 0).

worker(Parent, Count) ->
    receive
        {square, N} ->
            Parent ! {result, N * N},
            worker(Parent, Count + 1);
        {stop, From} ->
            From ! {stopped, Count}
    end.
