//! The essentials of an offer or answer as few bytes as they go in: ICE credentials at
//! six bits a character, the fingerprint as its 32 bytes, each candidate as its address
//! and port.

use super::sdp::{
    Address, Candidate, Essentials, Setup, ICE_CHARS, MAX_CANDIDATES, MAX_CREDENTIAL_CHARS,
};

pub fn write(essentials: &Essentials, out: &mut Vec<u8>) {
    out.push(match essentials.setup {
        Setup::ActPass => 0,
        Setup::Active => 1,
        Setup::Passive => 2,
    });
    write_credential(&essentials.ufrag, out);
    write_credential(&essentials.pwd, out);
    out.extend_from_slice(&essentials.fingerprint);
    out.push(essentials.candidates.len() as u8);
    for c in &essentials.candidates {
        match &c.address {
            Address::V4(a) => {
                out.push(4);
                out.extend_from_slice(a);
            }
            Address::V6(a) => {
                out.push(6);
                out.extend_from_slice(a);
            }
            Address::Mdns(a) => {
                out.push(0x6d);
                out.extend_from_slice(a);
            }
        }
        out.extend_from_slice(&c.port.to_be_bytes());
    }
}

/// Bytes read one field at a time; `None` as soon as they run out or make no sense.
pub struct Reader<'a>(pub &'a [u8]);

impl Reader<'_> {
    pub fn byte(&mut self) -> Option<u8> {
        let (first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(*first)
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.0.split_at_checked(N)?;
        self.0 = rest;
        head.try_into().ok()
    }

    pub fn essentials(&mut self) -> Option<Essentials> {
        let setup = match self.byte()? {
            0 => Setup::ActPass,
            1 => Setup::Active,
            2 => Setup::Passive,
            _ => return None,
        };
        let ufrag = self.credential(4)?;
        let pwd = self.credential(22)?;
        let fingerprint = self.take::<32>()?;
        let count = usize::from(self.byte()?);
        if count == 0 || count > MAX_CANDIDATES {
            return None;
        }
        let mut candidates = Vec::with_capacity(count);
        for _ in 0..count {
            let address = match self.byte()? {
                4 => Address::V4(self.take()?),
                6 => Address::V6(self.take()?),
                0x6d => Address::Mdns(self.take()?),
                _ => return None,
            };
            let port = u16::from_be_bytes(self.take()?);
            if port == 0 {
                return None;
            }
            candidates.push(Candidate { address, port });
        }
        Some(Essentials {
            ufrag,
            pwd,
            fingerprint,
            setup,
            candidates,
        })
    }

    fn credential(&mut self, min: usize) -> Option<String> {
        let chars = usize::from(self.byte()?);
        if !(min..=MAX_CREDENTIAL_CHARS).contains(&chars) {
            return None;
        }
        let (packed, rest) = self.0.split_at_checked((chars * 6).div_ceil(8))?;
        self.0 = rest;
        let mut text = String::with_capacity(chars);
        for i in 0..chars {
            let bit = i * 6;
            let pair = u16::from(packed[bit / 8]) << 8
                | u16::from(packed.get(bit / 8 + 1).copied().unwrap_or(0));
            let index = (pair >> (10 - bit % 8)) & 0x3f;
            text.push(char::from(ICE_CHARS[usize::from(index)]));
        }
        Some(text)
    }
}

fn write_credential(text: &str, out: &mut Vec<u8>) {
    out.push(text.len() as u8);
    let mut packed = vec![0u8; (text.len() * 6).div_ceil(8)];
    for (i, c) in text.bytes().enumerate() {
        let index = ICE_CHARS.iter().position(|x| *x == c).unwrap_or(0) as u16;
        let bit = i * 6;
        let shifted = index << (10 - bit % 8);
        packed[bit / 8] |= (shifted >> 8) as u8;
        if let Some(next) = packed.get_mut(bit / 8 + 1) {
            *next |= shifted as u8;
        }
    }
    out.extend_from_slice(&packed);
}
