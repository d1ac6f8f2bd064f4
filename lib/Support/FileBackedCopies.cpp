//===- FileBackedCopies.cpp - Copies of bytes in a temporary file ---------===//

#include "ovmlir/Support/FileBackedCopies.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Process.h"

#include <cerrno>
#include <unistd.h>

using namespace mlir;
using namespace mlir::ov;

/// The file grows by mappings of at least this size (fewer mappings).
static constexpr uint64_t kMinChunkBytes = 64 << 20;

FileBackedCopies::~FileBackedCopies() {
  if (fd >= 0)
    llvm::sys::Process::SafelyCloseFileDescriptor(fd);
}

static llvm::Error fileError(std::error_code ec) {
  return llvm::createStringError(
      ec, "cannot copy weights to a temporary file: " + ec.message());
}

llvm::Expected<std::pair<llvm::ArrayRef<char>, std::shared_ptr<const void>>>
FileBackedCopies::copy(llvm::ArrayRef<char> bytes, uint64_t alignment) {
  namespace fs = llvm::sys::fs;
  if (fd < 0) {
    llvm::SmallString<256> path;
    if (std::error_code ec =
            fs::createTemporaryFile("ovmlir-weights", "tmp", fd, path))
      return fileError(ec);
    // Nobody else needs the name: the file goes away with the descriptor.
    fs::remove(path);
  }
  uint64_t offset = llvm::alignTo(chunkUsed, alignment);
  if (!chunk || offset + bytes.size() > chunk->size()) {
    uint64_t pageSize = llvm::sys::Process::getPageSizeEstimate();
    uint64_t size = llvm::alignTo(
        std::max<uint64_t>(bytes.size(), kMinChunkBytes), pageSize);
    if (std::error_code ec = fs::resize_file(fd, fileSize + size))
      return fileError(ec);
    std::error_code ec;
    auto region = std::make_shared<fs::mapped_file_region>(
        fs::convertFDToNativeFile(fd), fs::mapped_file_region::readwrite, size,
        fileSize, ec);
    if (ec)
      return fileError(ec);
    chunk = std::move(region);
    chunkOffset = fileSize;
    fileSize += size;
    offset = 0;
  }
  for (uint64_t done = 0; done < bytes.size();) {
    ssize_t count = ::pwrite(fd, bytes.data() + done, bytes.size() - done,
                             chunkOffset + offset + done);
    if (count < 0 && errno == EINTR)
      continue;
    if (count <= 0)
      return fileError(count < 0
                           ? std::error_code(errno, std::generic_category())
                           : std::make_error_code(std::errc::io_error));
    done += count;
  }
  chunkUsed = offset + bytes.size();
  llvm::ArrayRef<char> copied(chunk->data() + offset, bytes.size());
  return std::make_pair(copied, std::shared_ptr<const void>(chunk));
}
