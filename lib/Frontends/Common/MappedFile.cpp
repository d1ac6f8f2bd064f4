//===- MappedFile.cpp - A read-only memory-mapped file --------------------===//

#include "ovmlir/Frontends/Common/MappedFile.h"

#include "llvm/Support/Errc.h"

using namespace mlir::ov;
namespace fs = llvm::sys::fs;

llvm::Expected<std::shared_ptr<MappedFile>>
MappedFile::open(llvm::StringRef path, llvm::StringRef what) {
  auto fail = [&](std::error_code ec) {
    return llvm::createStringError(ec, "cannot open %s '%s': %s",
                                   what.str().c_str(), path.str().c_str(),
                                   ec.message().c_str());
  };
  auto file = std::shared_ptr<MappedFile>(new MappedFile());
  file->path = path.str();
  llvm::Expected<fs::file_t> fd = fs::openNativeFileForRead(path);
  if (!fd)
    return fail(llvm::errorToErrorCode(fd.takeError()));
  fs::file_status status;
  if (std::error_code ec = fs::status(*fd, status)) {
    fs::closeFile(*fd);
    return fail(ec);
  }
  file->size = status.getSize();
  if (file->size > 0) {
    std::error_code ec;
    file->region = std::make_unique<fs::mapped_file_region>(
        *fd, fs::mapped_file_region::readonly, file->size, 0, ec);
    if (ec) {
      fs::closeFile(*fd);
      return fail(ec);
    }
  }
  fs::closeFile(*fd);
  return file;
}
