//! One WebRTC connection with one data channel, and nothing else: no ICE servers (only
//! the addresses of the room's network, so nothing leaves the room), the channel agreed
//! on both sides beforehand (no negotiation over the wire), each description complete
//! with its candidates before it is packed into a code.

use std::rc::Rc;

use js_sys::{Array, Promise};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    MessageEvent, RtcConfiguration, RtcDataChannel, RtcDataChannelInit, RtcDataChannelState,
    RtcIceConnectionState, RtcIceGatheringState, RtcPeerConnection, RtcSdpType,
    RtcSessionDescriptionInit,
};

use crate::js_error::describe;
use crate::protocol::live::sdp::{Essentials, SdpProblem};
pub use crate::protocol::live::LiveProblem;

/// Host candidates come within milliseconds; a browser that takes longer is not waited
/// for beyond this.
const GATHER_AT_MOST_MS: i32 = 3_000;

/// What happens to a connection, as it happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PeerEvent {
    /// The other device answers on the network (before the channel opens).
    Reachable,
    /// The other device stopped answering; it may come back.
    Interrupted,
    /// The data channel is open: messages can go both ways.
    Open,
    /// A message (`None`: not text).
    Arrived(Option<String>),
    /// Closed for good, from either end.
    Closed,
}

pub type OnEvent = Rc<dyn Fn(PeerEvent)>;

pub struct Peer {
    connection: RtcPeerConnection,
    channel: RtcDataChannel,
    // Kept as long as the connection: they are its event handlers.
    _handlers: Vec<Closure<dyn FnMut(JsValue)>>,
}

impl Peer {
    fn new(on_event: OnEvent) -> Result<Peer, LiveProblem> {
        let config = RtcConfiguration::new();
        config.set_ice_servers(&Array::new());
        let connection = RtcPeerConnection::new_with_configuration(&config)
            .map_err(|_| LiveProblem::Unsupported)?;
        let init = RtcDataChannelInit::new();
        init.set_negotiated(true);
        init.set_id(0);
        let channel = connection.create_data_channel_with_data_channel_dict("kernespillet", &init);
        let handler = |on_event: &OnEvent, make: fn(&JsValue) -> Option<PeerEvent>| {
            let on_event = on_event.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
                if let Some(event) = make(&value) {
                    on_event(event);
                }
            })
        };
        let on_open = handler(&on_event, |_| Some(PeerEvent::Open));
        let on_close = handler(&on_event, |_| Some(PeerEvent::Closed));
        let on_message = handler(&on_event, |value| {
            let data = value.dyn_ref::<MessageEvent>().map(MessageEvent::data);
            Some(PeerEvent::Arrived(data.and_then(|d| d.as_string())))
        });
        channel.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        channel.set_onclose(Some(on_close.as_ref().unchecked_ref()));
        channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let watched = connection.clone();
        let on_ice = {
            let on_event = on_event.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
                let event = match watched.ice_connection_state() {
                    RtcIceConnectionState::Connected | RtcIceConnectionState::Completed => {
                        PeerEvent::Reachable
                    }
                    RtcIceConnectionState::Disconnected => PeerEvent::Interrupted,
                    RtcIceConnectionState::Failed | RtcIceConnectionState::Closed => {
                        PeerEvent::Closed
                    }
                    _ => return,
                };
                on_event(event);
            })
        };
        connection.set_oniceconnectionstatechange(Some(on_ice.as_ref().unchecked_ref()));
        Ok(Peer {
            connection,
            channel,
            _handlers: vec![on_open, on_close, on_message, on_ice],
        })
    }

    /// A new connection's offer, complete with its candidates (the facilitator's side).
    pub async fn offer(on_event: OnEvent) -> Result<(Rc<Peer>, Essentials), LiveProblem> {
        let peer = Peer::new(on_event)?;
        let offer = JsFuture::from(peer.connection.create_offer())
            .await
            .map_err(failed)?;
        peer.set_local(offer).await?;
        let essentials = peer.gathered().await?;
        Ok((Rc::new(peer), essentials))
    }

    /// A new connection answering `offer` (the tablet's side).
    pub async fn answer(
        offer: &Essentials,
        on_event: OnEvent,
    ) -> Result<(Rc<Peer>, Essentials), LiveProblem> {
        let peer = Peer::new(on_event)?;
        peer.set_remote(RtcSdpType::Offer, offer).await?;
        let answer = JsFuture::from(peer.connection.create_answer())
            .await
            .map_err(failed)?;
        peer.set_local(answer).await?;
        let essentials = peer.gathered().await?;
        Ok((Rc::new(peer), essentials))
    }

    /// The tablet's answer to this connection's offer: the channel opens soon after.
    pub async fn accept(&self, answer: &Essentials) -> Result<(), LiveProblem> {
        self.set_remote(RtcSdpType::Answer, answer).await
    }

    /// Send text on the channel, if it is open.
    pub fn send(&self, text: &str) -> bool {
        self.channel.ready_state() == RtcDataChannelState::Open
            && self.channel.send_with_str(text).is_ok()
    }

    async fn set_local(&self, description: JsValue) -> Result<(), LiveProblem> {
        let init: RtcSessionDescriptionInit = description.unchecked_into();
        JsFuture::from(self.connection.set_local_description(&init))
            .await
            .map(|_| ())
            .map_err(failed)
    }

    async fn set_remote(
        &self,
        kind: RtcSdpType,
        essentials: &Essentials,
    ) -> Result<(), LiveProblem> {
        let init = RtcSessionDescriptionInit::new(kind);
        init.set_sdp(&essentials.to_sdp());
        JsFuture::from(self.connection.set_remote_description(&init))
            .await
            .map(|_| ())
            .map_err(failed)
    }

    /// The local description once its candidates are gathered, cut to its essentials.
    async fn gathered(&self) -> Result<Essentials, LiveProblem> {
        if self.connection.ice_gathering_state() != RtcIceGatheringState::Complete {
            let connection = self.connection.clone();
            // Kept until the wait is over, then dropped with this function's frame.
            let mut on_change: Option<Closure<dyn FnMut()>> = None;
            let done = Promise::new(&mut |resolve, _| {
                let resolved = resolve.clone();
                let watched = connection.clone();
                let closure = Closure::<dyn FnMut()>::new(move || {
                    if watched.ice_gathering_state() == RtcIceGatheringState::Complete {
                        let _ = resolved.call0(&JsValue::NULL);
                    }
                });
                connection.set_onicegatheringstatechange(Some(closure.as_ref().unchecked_ref()));
                on_change = Some(closure);
                let _ = leptos::prelude::window()
                    .set_timeout_with_callback_and_timeout_and_arguments_0(
                        &resolve,
                        GATHER_AT_MOST_MS,
                    );
            });
            let _ = JsFuture::from(done).await;
            connection.set_onicegatheringstatechange(None);
            drop(on_change);
        }
        let sdp = self
            .connection
            .local_description()
            .map(|d| d.sdp())
            .unwrap_or_default();
        Essentials::from_sdp(&sdp).map_err(|problem| match problem {
            SdpProblem::NoCandidate => LiveProblem::NoNetwork,
            other => LiveProblem::Failed(format!("{other:?}")),
        })
    }

    /// Close the connection; no event follows.
    pub fn close(&self) {
        self.channel.set_onopen(None);
        self.channel.set_onclose(None);
        self.channel.set_onmessage(None);
        self.connection.set_oniceconnectionstatechange(None);
        self.channel.close();
        self.connection.close();
    }
}

fn failed(error: JsValue) -> LiveProblem {
    LiveProblem::Failed(describe(&error))
}

impl Drop for Peer {
    // Its handlers go with it: the connection must not call them after.
    fn drop(&mut self) {
        self.close();
    }
}
