%% A receive on a fresh reference does not rescan a long mailbox: 100,000 unrelated
%% messages stay queued while many request/reply rounds complete.
-module(proc_marker).
-export([main/0]).

main() ->
    [self() ! {junk, I} || I <- lists:seq(1, 100000)],
    Server = spawn(fun server/0),
    Sum = rounds(Server, 2000, 0),
    {message_queue_len, Left} = process_info(self(), message_queue_len),
    {Sum, Left}.

rounds(_, 0, Acc) -> Acc;
rounds(Server, N, Acc) ->
    Ref = make_ref(),
    Server ! {self(), Ref, N},
    receive {Ref, Reply} -> rounds(Server, N - 1, Acc + Reply) end.

server() ->
    receive {From, Ref, N} -> From ! {Ref, N * 2}, server() end.
