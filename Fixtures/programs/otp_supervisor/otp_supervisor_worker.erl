%% Worker gen_server of the otp_supervisor program: a registered accumulator.
-module(otp_supervisor_worker).
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2]).

start_link(Name) -> gen_server:start_link({local, Name}, ?MODULE, 0, []).

init(N) -> {ok, N}.

handle_call({add, X}, _From, N) -> {reply, N + X, N + X}.

handle_cast(_Msg, N) -> {noreply, N}.
